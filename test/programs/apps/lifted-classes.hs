-- Showing, reading and comparing values of unknown functors through the
-- lifted classes (Eq1, Ord1, Show1, Read1 and their 2-ary forms), as a
-- generic container library does, over base's functors and their
-- compositions, products and sums.
{-# LANGUAGE ExistentialQuantification #-}
import Data.Functor.Classes
import Data.Functor.Compose
import Data.Functor.Const
import Data.Functor.Identity
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import Data.List.NonEmpty (NonEmpty (..))
import Data.Proxy
import Data.Ord (Down (..))

data F = forall f. (Eq1 f, Ord1 f, Show1 f, Read1 f) => F String (f Int) (f Int)

data B = forall f. (Eq2 f, Ord2 f, Show2 f, Read2 f) => B String (f Int Char) (f Int Char)

check :: F -> String
check (F n a b) =
  n ++ ": " ++ showsPrec1 11 a "" ++ " " ++ showsPrec1 0 b "" ++ " eq " ++ show (eq1 a b, eq1 a a) ++ " cmp " ++ show (compare1 a b, compare1 b a, liftCompare (\x y -> compare (negate x) (negate y)) a b)
    ++ " back " ++ show (fmap (\x -> eq1 x a) (readBack a))
    ++ " list " ++ liftShowList showsPrec showList [a, b] ""
  where
    readBack x = [y | (y, "") <- readsPrec1 0 (showsPrec1 0 x "")] `asTypeOf` [x]

check2 :: B -> String
check2 (B n a b) =
  n ++ ": " ++ showsPrec2 11 a "" ++ " " ++ show (eq2 a b, compare2 a b, compare2 b a, eq2 a a) ++ " back " ++ show (length [y | (y, "") <- readsPrec2 0 (showsPrec2 0 a "") `asTypeOf` [(a, "")], eq2 y a])

main :: IO ()
main = do
  mapM_ (putStrLn . check)
    [ F "Maybe" (Just 1) Nothing, F "list" [1, 2] [1, 3], F "NonEmpty" (1 :| [2]) (1 :| []), F "Identity" (Identity (-3)) (Identity 4), F "Either" (Left 'e') (Right 5),
      F "pair" ('p', 6) ('q', 6), F "Const" (Const "c") (Const "d"), F "Proxy" Proxy Proxy, F "Down" (Down 7) (Down 8),
      F "Compose" (Compose [Just 1, Nothing]) (Compose [Just 1]), F "Product" (P.Pair (Just 1) [2]) (P.Pair Nothing [2]), F "InL" (S.InL (Just 1)) (S.InR [1] :: S.Sum Maybe [] Int),
      F "Compose3" (Compose (Just (Identity (-9)))) (Compose (Just (Identity 9)))
    ]
  mapM_ (putStrLn . check2)
    [ B "Either" (Left 1) (Right 'r'), B "pair" (1, 'a') (1, 'b'), B "Const" (Const 3) (Const 4) ]
  print (readsPrec1 0 "Just 5" :: [(Maybe Int, String)], readsPrec1 11 "(Identity 2)" :: [(Identity Int, String)], readsPrec2 0 "Left 3" :: [(Either Int Char, String)])
  print (showsUnaryWith showsPrec "Wrap" 11 (5 :: Int) "", showsBinaryWith showsPrec showsPrec "Two" 0 'a' True "", readsData (readsUnaryWith readsPrec "Wrap" id) 0 "Wrap 7" :: [(Int, String)])
  print (fst <$> (readsData (readsBinaryWith readsPrec readsPrec "Two" (,)) 0 "Two 'x' False" :: [((Char, Bool), String)]), liftEq (==) [1 :: Int] [1], liftEq2 (==) (==) (Left 1 :: Either Int Char) (Left 1))
  print (liftCompare2 compare compare (1 :: Int, 'a') (1, 'b'), liftShowsPrec2 showsPrec showList showsPrec showList 11 (Right 'z' :: Either Int Char) "")
