{-# LANGUAGE CPP, TypeOperators, DataKinds #-}
-- One statistics report written against a record of Foldable and
-- Traversable operations, filled in at a dozen containers of base: each
-- field is a class method at a known container, so -O1 code names the
-- instance's own method closures rather than going through a dictionary.
import Data.Foldable
import Data.Traversable
import Data.Functor.Identity
import Data.Functor.Const
import Data.Functor.Compose
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import Data.Monoid
import qualified Data.Semigroup as Sg
import Data.List.NonEmpty (NonEmpty (..))
import Data.Ord (Down (..))
import Data.Proxy
import Control.Applicative (ZipList (..))
import GHC.Generics (Par1 (..), Rec1 (..), K1 (..), M1 (..), U1 (..), V1, (:*:) (..), (:+:) (..), (:.:) (..), R, D, Meta (..))
import Data.Array (Array, listArray)

type Meta0 = 'MetaData "Box" "Main" "main" 'False

data FOps t = FOps
  { label :: String
  , fSum, fProduct, fLength, fMaximum, fMinimum :: t Int -> Int
  , fNull :: t Int -> Bool
  , fElem :: Int -> t Int -> Bool
  , fToList :: t Int -> [Int]
  , fFoldr, fFoldr', fFoldl, fFoldl' :: (Int -> Int -> Int) -> Int -> t Int -> Int
  , fFoldr1, fFoldl1 :: (Int -> Int -> Int) -> t Int -> Int
  , fFoldMap :: (Int -> [Int]) -> t Int -> [Int]
  , fFoldMap' :: (Int -> Sum Int) -> t Int -> Sum Int
  , fFold :: t [Int] -> [Int]
  , fMapInt :: (Int -> Int) -> t Int -> t Int
  , fReplace :: String -> t Int -> t String
  , fTraverse :: (Int -> Maybe Int) -> t Int -> Maybe (t Int)
  , fSequenceA :: t (Either String Int) -> Either String (t Int)
  , fMapM :: (Int -> [Int]) -> t Int -> [t Int]
  , fSequence :: t (Maybe Int) -> Maybe (t Int)
  , fShow :: t Int -> String
  , fLenS :: t String -> Int
  }

#define FOPS(T, L) FOps { label = L, fSum = sum, fProduct = product, fLength = length, fMaximum = maximum, fMinimum = minimum, fNull = null, fElem = elem, fToList = toList, fFoldr = foldr, fFoldr' = foldr', fFoldl = foldl, fFoldl' = foldl', fFoldr1 = foldr1, fFoldl1 = foldl1, fFoldMap = foldMap, fFoldMap' = foldMap', fFold = fold, fMapInt = fmap, fReplace = (<$), fTraverse = traverse, fSequenceA = sequenceA, fMapM = mapM, fSequence = sequence, fShow = show, fLenS = length } :: FOps (T)

{-# NOINLINE report #-}
report :: FOps t -> t Int -> t [Int] -> t (Either String Int) -> t (Maybe Int) -> IO ()
report o xs ls es ms = do
  putStrLn ("-- " ++ label o ++ " " ++ fShow o xs)
  let ne = not (fNull o xs)
  print (fSum o xs, fProduct o xs, fLength o xs, fNull o xs, fElem o 3 xs, fElem o 99 xs, fToList o xs)
  print (if ne then Just (fMaximum o xs, fMinimum o xs, fFoldr1 o (-) xs, fFoldl1 o (-) xs) else Nothing)
  print (fFoldr o (-) 100 xs, fFoldr' o (-) 100 xs, fFoldl o (-) 100 xs, fFoldl' o (-) 100 xs)
  print (fFoldMap o (\x -> [x, x * 2]) xs, getSum (fFoldMap' o (Sum . (* 3)) xs), fFold o ls)
  putStrLn (fShow o (fMapInt o (* 7) xs))
  print (fToList o (fMapInt o negate xs), fLenS o (fReplace o "s" xs))
  print (fmap (fShow o) (fTraverse o (\x -> if x > 0 then Just (x + 1) else Nothing) xs))
  print (fmap (fShow o) (fSequenceA o es), fmap (fShow o) (fSequence o ms))
  print (map (fShow o) (fMapM o (\x -> [x, -x]) xs))

main :: IO ()
main = do
  report (FOPS([], "list")) [3, 1, 4, 1, 5] [[1], [2, 3]] [Right 1, Right 2] [Just 1, Just 2]
  report (FOPS([], "list failing")) [] [] [Right 1, Left "bad", Left "worse"] [Just 1, Nothing]
  report (FOPS(Maybe, "Maybe")) (Just 3) (Just [4]) (Just (Right 5)) (Just (Just 6))
  report (FOPS(Maybe, "Maybe empty")) Nothing Nothing Nothing Nothing
  report (FOPS(Either String, "Either")) (Right 8) (Left "no") (Right (Left "inner")) (Right (Just 2))
  report (FOPS(Either String, "Either left")) (Left "l") (Right [1]) (Left "outer") (Left "x")
  report (FOPS((,) Char, "pair")) ('p', 9) ('q', [1, 2]) ('r', Right 3) ('s', Nothing)
  report (FOPS(NonEmpty, "NonEmpty")) (2 :| [7, 1]) ([1] :| [[2]]) (Right 1 :| [Right 9]) (Just 1 :| [Just 3])
  report (FOPS(Identity, "Identity")) (Identity 4) (Identity [4]) (Identity (Right 4)) (Identity Nothing)
  report (FOPS(Const String, "Const")) (Const "c") (Const "d") (Const "e") (Const "f")
  report (FOPS(Proxy, "Proxy")) Proxy Proxy Proxy Proxy
  report (FOPS(Dual, "Dual")) (Dual 5) (Dual [5]) (Dual (Right 5)) (Dual (Just 5))
  report (FOPS(Sum, "Sum")) (Sum 6) (Sum [6]) (Sum (Left "s")) (Sum (Just 6))
  report (FOPS(Product, "Product")) (Product 7) (Product [7]) (Product (Right 7)) (Product (Just 7))
  report (FOPS(First, "First")) (First (Just 8)) (First Nothing) (First (Just (Right 8))) (First (Just (Just 8)))
  report (FOPS(Last, "Last")) (Last (Just 9)) (Last (Just [9])) (Last Nothing) (Last (Just Nothing))
  report (FOPS(Down, "Down")) (Down 10) (Down [10]) (Down (Right 10)) (Down (Just 10))
  report (FOPS(Sg.Min, "Min")) (Sg.Min 11) (Sg.Min [11]) (Sg.Min (Right 11)) (Sg.Min (Just 11))
  report (FOPS(Sg.Max, "Max")) (Sg.Max 12) (Sg.Max [12]) (Sg.Max (Right 12)) (Sg.Max (Just 12))
  report (FOPS(Sg.First, "Semigroup.First")) (Sg.First 13) (Sg.First [13]) (Sg.First (Right 13)) (Sg.First (Just 13))
  report (FOPS(Sg.Last, "Semigroup.Last")) (Sg.Last 14) (Sg.Last [14]) (Sg.Last (Left "z")) (Sg.Last (Just 14))
  report (FOPS(Sg.Arg Char, "Arg")) (Sg.Arg 'a' 15) (Sg.Arg 'b' [15]) (Sg.Arg 'c' (Right 15)) (Sg.Arg 'd' Nothing)
  report (FOPS(Alt Maybe, "Alt")) (Alt (Just 16)) (Alt (Just [16])) (Alt (Just (Right 16))) (Alt Nothing)
  report (FOPS(Ap [], "Ap")) (Ap [17, 18]) (Ap [[17]]) (Ap [Right 17]) (Ap [Just 17, Just 18])
  report (FOPS(ZipList, "ZipList")) (ZipList [1, 2, 3]) (ZipList [[1]]) (ZipList [Right 2]) (ZipList [Just 3])
  report (FOPS(Compose Maybe [], "Compose")) (Compose (Just [1, 2])) (Compose (Just [[3]])) (Compose (Just [Right 4])) (Compose Nothing)
  report (FOPS(P.Product Maybe [], "Product")) (P.Pair (Just 1) [2, 3]) (P.Pair Nothing [[4]]) (P.Pair (Just (Right 5)) []) (P.Pair (Just (Just 1)) [Just 2])
  report (FOPS(S.Sum Maybe [], "Sum left")) (S.InL (Just 4)) (S.InL Nothing) (S.InL (Just (Left "q"))) (S.InL (Just (Just 4)))
  report (FOPS(S.Sum Maybe [], "Sum right")) (S.InR [5, 6]) (S.InR [[5]]) (S.InR [Right 5]) (S.InR [Nothing])
  report (FOPS(Par1, "Par1")) (Par1 19) (Par1 [19]) (Par1 (Right 19)) (Par1 (Just 19))
  report (FOPS(Rec1 Maybe, "Rec1")) (Rec1 (Just 20)) (Rec1 Nothing) (Rec1 (Just (Right 20))) (Rec1 (Just (Just 20)))
  report (FOPS(K1 R Char, "K1")) (K1 'k') (K1 'k') (K1 'k') (K1 'k')
  report (FOPS(M1 D Meta0 Maybe, "M1")) (M1 (Just 21)) (M1 Nothing) (M1 (Just (Right 21))) (M1 (Just Nothing))
  report (FOPS(U1, "U1")) U1 U1 U1 U1
  report (FOPS(Maybe :*: [], ":*:")) (Just 22 :*: [23]) (Nothing :*: [[1]]) (Just (Right 1) :*: []) (Just (Just 1) :*: [Nothing])
  report (FOPS(Maybe :+: [], ":+:")) (R1 [24, 25]) (L1 (Just [1])) (L1 Nothing) (R1 [Just 24])
  report (FOPS([] :.: Maybe, ":.:")) (Comp1 [Just 26, Nothing]) (Comp1 [Just [1]]) (Comp1 [Just (Right 1)]) (Comp1 [Nothing])
  report (FOPS(Array Int, "Array")) (listArray (0, 2) [27, 28, 29]) (listArray (1, 1) [[1]]) (listArray (0, 1) [Right 1, Right 2]) (listArray (0, 0) [Just 1])
