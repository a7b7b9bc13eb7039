{-# OPTIONS_GHC -Wno-deprecations #-}
-- The lifted classes (Eq1, Ord1, Show1, Read1) of transformers' functors,
-- used as a generic container library uses them: comparing, showing and
-- reading back values of ExceptT, ErrorT, WriterT, MaybeT, IdentityT,
-- ListT, Reverse, Backwards, Lift and Constant through eq1/compare1/
-- showsPrec1/readsPrec1 and the explicit liftEq/liftCompare/liftShowsPrec/
-- liftReadsPrec with custom element functions.
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Control.Monad.Trans.Error
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Maybe
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Data.Functor.Classes
import Data.Functor.Constant
import Data.Functor.Reverse

-- show with an element printer of our own: brackets around each element
custom :: Show1 f => f Int -> String
custom x = liftShowsPrec (\_ n -> showChar '<' . shows n . showChar '>') (\ns -> showString (concatMap show ns)) 11 x ""

-- read back with readsPrec1 and with liftReadsPrec and a negating reader
back :: (Read1 f, Show1 f, Eq1 f) => f Int -> (Bool, Int)
back x =
  let s = showsPrec1 0 x ""
      r1 = [y | (y, "") <- readsPrec1 0 s] `asTypeOf` [x]
      r2 = [y | (y, "") <- liftReadsPrec (\d -> map (\(n, t) -> (negate n, t)) . readsPrec d) readList 0 s] `asTypeOf` [x]
   in (any (eq1 x) r1, length r2)

row :: (Eq1 f, Ord1 f, Show1 f, Read1 f) => String -> f Int -> f Int -> IO ()
row name a b = do
  putStrLn (name ++ ": " ++ showsPrec1 11 a "" ++ " | " ++ showsPrec1 0 b "")
  print (eq1 a b, eq1 a a, compare1 a b, compare1 b a, liftEq (\x y -> x `mod` 2 == y `mod` 2) a b, liftCompare (\x y -> compare y x) a b)
  putStrLn (custom a ++ " " ++ liftShowList (\_ n -> shows (n * 10)) (showList . map (* 10)) [a, b] "")
  print (back a, back b)

main :: IO ()
main = do
  row "ExceptT" (ExceptT [Right 1, Left "e"]) (ExceptT [Right 1, Right 2] :: ExceptT String [] Int)
  row "ErrorT" (ErrorT (Just (Right 3))) (ErrorT (Just (Left 'x')) :: ErrorT Char Maybe Int)
  row "WriterT lazy" (WL.WriterT [(1, "a")]) (WL.WriterT [(1, "b"), (2, "c")] :: WL.WriterT String [] Int)
  row "WriterT strict" (WS.WriterT (Just (4, [True]))) (WS.WriterT Nothing :: WS.WriterT [Bool] Maybe Int)
  row "MaybeT" (MaybeT [Just 5, Nothing]) (MaybeT [Just 5] :: MaybeT [] Int)
  row "IdentityT" (IdentityT [6, 7]) (IdentityT [6, 8] :: IdentityT [] Int)
  row "ListT" (ListT (Just [8, 9])) (ListT Nothing :: ListT Maybe Int)
  row "Reverse" (Reverse [1, 2, 3]) (Reverse [1, 2] :: Reverse [] Int)
  row "Backwards" (Backwards (Just 10)) (Backwards (Just (-10)) :: Backwards Maybe Int)
  row "Lift pure" (Pure 11) (Other [11] :: Lift [] Int)
  row "Lift other" (Other [12, 13]) (Other [] :: Lift [] Int)
  row "Constant" (Constant "k") (Constant "j" :: Constant String Int)
  -- the two-argument classes of Constant
  print (eq2 (Constant 'a' :: Constant Char Int) (Constant 'a'), compare2 (Constant 1 :: Constant Int ()) (Constant 2), showsPrec2 11 (Constant True :: Constant Bool Int) "")
  print (liftEq2 (==) (\_ _ -> False) (Constant 'q' :: Constant Char Int) (Constant 'q'), liftCompare2 (flip compare) compare (Constant 1 :: Constant Int Int) (Constant 2))
  print (fst (head (readsPrec2 0 "Constant 'z'" :: [(Constant Char Int, String)])), liftShowsPrec2 (\_ c -> showString [c, c]) (const id) (\_ _ -> id) (const id) 0 (Constant 'w' :: Constant Char Int) "")
  print (map fst (liftReadsPrec2 readsPrec readList readsPrec readList 11 "(Constant 4)" :: [(Constant Int Int, String)]))
