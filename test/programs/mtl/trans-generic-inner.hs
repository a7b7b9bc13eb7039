{-# OPTIONS_GHC -Wno-deprecations -fno-specialise #-}
{-# LANGUAGE FlexibleContexts, ScopedTypeVariables #-}
-- transformers' data types over an inner functor the code does not know
-- (library-style functions generic in f, used at lists and Maybe): every
-- Eq, Ord, Show, Read, Functor, Foldable and Traversable method of ExceptT,
-- ErrorT, both WriterTs, MaybeT, IdentityT, ListT, Reverse, Backwards, Lift
-- and Constant goes through the instance with f's dictionaries.
-- (-fno-specialise keeps GHC from copying the functions per use site, as
-- it would not across modules.)
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Control.Monad.Trans.Error
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import Control.Monad.Trans.List
import Control.Monad.Trans.Maybe
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Data.Foldable
import Data.Functor.Classes
import Data.Functor.Constant
import Data.Functor.Reverse
import Data.Monoid

-- every method once; inlined into each generic wrapper below
{-# INLINE suite #-}
suite :: (Traversable t, Ord (t Int), Show (t Int), Read (t Int)) => t Int -> t Int -> [String]
suite a b =
  [ show (a == b, a /= b, compare a b, a < b, a <= b, a > b, a >= b),
    show (max a b, min a b),
    showsPrec 11 a "" ++ " " ++ showList [a, b] "",
    show ([x | (x, "") <- reads (show a)] == [a], map fst (take 1 (readList (showList [b] "") `asTypeOf` [([b], "")])) == [[b]]),
    show (fold (fmap show a), foldMap show a, getSum (foldMap' Sum a), foldr (:) [] a, foldr' (+) 0 a, foldl (flip (:)) [] a, foldl' (-) 0 a),
    show (if null a then Nothing else Just (foldr1 (-) a, foldl1 (-) a, maximum a, minimum a), toList a, null a, length a, elem 3 a, sum a, product a),
    show (fmap (* 2) a, (7 :: Int) <$ b),
    show (traverse (\x -> if x > 100 then Nothing else Just (x + 1)) a, sequenceA (fmap (: []) b), mapM (\x -> [x]) a, sequence (fmap Just b))
  ]

{-# NOINLINE exceptT #-}
exceptT :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f (Either String Int) -> f (Either String Int) -> [String]
exceptT a b = suite (ExceptT a) (ExceptT b)

{-# NOINLINE errorT #-}
errorT :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f (Either String Int) -> f (Either String Int) -> [String]
errorT a b = suite (ErrorT a) (ErrorT b)

{-# NOINLINE writerL #-}
writerL :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f (Int, String) -> f (Int, String) -> [String]
writerL a b = suite (WL.WriterT a) (WL.WriterT b)

{-# NOINLINE writerS #-}
writerS :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f (Int, String) -> f (Int, String) -> [String]
writerS a b = suite (WS.WriterT a) (WS.WriterT b)

{-# NOINLINE maybeT #-}
maybeT :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f (Maybe Int) -> f (Maybe Int) -> [String]
maybeT a b = suite (MaybeT a) (MaybeT b)

{-# NOINLINE identityT #-}
identityT :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f Int -> f Int -> [String]
identityT a b = suite (IdentityT a) (IdentityT b)

{-# NOINLINE listT #-}
listT :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f [Int] -> f [Int] -> [String]
listT a b = suite (ListT a) (ListT b)

{-# NOINLINE reverseF #-}
reverseF :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f Int -> f Int -> [String]
reverseF a b = suite (Reverse a) (Reverse b)

{-# NOINLINE backwardsF #-}
backwardsF :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f Int -> f Int -> [String]
backwardsF a b = suite (Backwards a) (Backwards b)

{-# NOINLINE liftF #-}
liftF :: (Traversable f, Ord1 f, Show1 f, Read1 f) => Either Int (f Int) -> Either Int (f Int) -> [String]
liftF a b = suite (either Pure Other a) (either Pure Other b)

{-# NOINLINE constantF #-}
constantF :: forall a. (Ord a, Show a, Read a) => a -> a -> [String]
constantF a b = suite (Constant a `asTypeOf` c0) (Constant b) where c0 = Constant a :: Constant a Int

-- the lifted classes themselves at an unknown f
{-# INLINE lifted #-}
lifted :: (Ord1 t, Show1 t, Read1 t) => t Int -> t Int -> String
lifted a b =
  show (eq1 a b, compare1 a b, liftEq (\x y -> even x == even y) a b, liftCompare (flip compare) a b)
    ++ " " ++ showsPrec1 11 a "" ++ " " ++ liftShowsPrec (\_ n -> shows (n * 10)) (showList . map (* 10)) 0 b ""
    ++ " " ++ show (length ([x | (x, "") <- readsPrec1 0 (showsPrec1 0 a "")] `asTypeOf` [a]))

{-# NOINLINE liftedAll #-}
liftedAll :: (Traversable f, Ord1 f, Show1 f, Read1 f) => f Int -> f Int -> f (Either String Int) -> f (Maybe Int) -> f (Int, String) -> f [Int] -> [String]
liftedAll a b e m w l =
  [ lifted (ExceptT e) (ExceptT e), lifted (ErrorT e) (ErrorT (fmap (fmap (+ 1)) e)), lifted (MaybeT m) (MaybeT m),
    lifted (WL.WriterT w) (WL.WriterT w), lifted (WS.WriterT w) (WS.WriterT (fmap (\(x, s) -> (x + 1, s)) w)),
    lifted (IdentityT a) (IdentityT b), lifted (ListT l) (ListT l), lifted (Reverse a) (Reverse b), lifted (Backwards a) (Backwards b),
    lifted (Other a) (Pure 3), lifted (Constant 'c' :: Constant Char Int) (Constant 'd')
  ]

main :: IO ()
main = do
  mapM_ putStrLn (exceptT [Right 3, Left "e", Right 7] [Right 3, Left "f"])
  mapM_ putStrLn (exceptT (Just (Right 4)) Nothing)
  mapM_ putStrLn (errorT [Right 1, Left "no"] [Right 2])
  mapM_ putStrLn (errorT Nothing (Just (Left "x")))
  mapM_ putStrLn (writerL [(1, "a"), (2, "b")] [(1, "a")])
  mapM_ putStrLn (writerS (Just (5, "w")) Nothing)
  mapM_ putStrLn (maybeT [Just 4, Nothing, Just 9] [Just 4])
  mapM_ putStrLn (maybeT (Just (Just 2)) (Just Nothing))
  mapM_ putStrLn (identityT [3, 1, 4] [3, 1, 5])
  mapM_ putStrLn (identityT (Just 6) Nothing)
  mapM_ putStrLn (listT (Just [1, 2, 3]) (Just [1, 5]))
  mapM_ putStrLn (listT [[1], [2, 3]] [])
  mapM_ putStrLn (reverseF [1, 2, 3] [1, 2])
  mapM_ putStrLn (reverseF (Just 8) (Just 9))
  mapM_ putStrLn (backwardsF [4, 5, 6] [2])
  mapM_ putStrLn (liftF (Right [1, 2]) (Left 3))
  mapM_ putStrLn (liftF (Left 5) (Right Nothing))
  mapM_ putStrLn (constantF "abc" "abd")
  mapM_ putStrLn (liftedAll [1, 2] [1, 3] [Right 1, Left "e"] [Just 2, Nothing] [(3, "w")] [[4], []])
  mapM_ putStrLn (liftedAll (Just 1) Nothing (Just (Left "m")) (Just (Just 5)) (Just (6, "v")) Nothing)
