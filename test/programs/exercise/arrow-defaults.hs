{-# OPTIONS_GHC -Wno-deprecations #-}
-- Control.Arrow's remaining defaults and superclass selectors: Arrow
-- through arr and (***) only (first/second from them), ArrowChoice through
-- (+++) only (left/right), and functions constrained by ArrowLoop,
-- ArrowPlus and ArrowZero alone that reach Arrow's methods through them;
-- Data.Functor.Classes' readers by name (readsUnary, readsUnary1,
-- readsBinary1, readPrec2 and the list defaults).
import Control.Arrow
import qualified Control.Category as C
import Data.Functor.Classes
import Data.Functor.Identity
import Text.Read (ReadPrec, readPrec, readListPrec, readPrec_to_S)

newtype F a b = F { runF :: a -> b }
instance C.Category F where
  id = F id
  F g . F f = F (g . f)
instance Arrow F where
  arr = F
  F f *** F g = F (\(a, b) -> (f a, g b))
instance ArrowChoice F where
  F f +++ F g = F (either (Left . f) (Right . g))
instance ArrowLoop F where
  loop (F f) = F (\b -> let (c, d) = f (b, d) in c)

newtype L a b = L { runL :: a -> [b] }
instance C.Category L where
  id = L pure
  L g . L f = L (\a -> concatMap g (f a))
instance Arrow L where
  arr f = L (pure . f)
  first (L f) = L (\(a, c) -> [(b, c) | b <- f a])
instance ArrowZero L where zeroArrow = L (const [])
instance ArrowPlus L where L f <+> L g = L (\a -> f a ++ g a)

viaLoop :: ArrowLoop a => a Int Int
viaLoop = arr (+ 1) >>> loop (arr (\(x, d) -> (x * 2, d)))

viaPlus :: ArrowPlus a => a Int Int
viaPlus = arr (* 3) <+> arr negate

viaZero :: ArrowZero a => a Int Int
viaZero = zeroArrow >>> arr succ

main :: IO ()
main = do
  let f = F (+ 1) :: F Int Int
  print (runF (first f) (1, 'a'), runF (second f) ('b', 2), runF (f &&& arr show) 3)
  print (runF (left f) (Left 4 :: Either Int Char), runF (left f) (Right 'r' :: Either Int Char), runF (right f) (Right 5 :: Either Char Int), runF (f ||| arr length) (Right "abc"))
  print (runF viaLoop 5, runL viaPlus 2, runL viaZero 9, runL (viaPlus >>> viaPlus) 1)
  print (runKleisli (first (Kleisli (\x -> [x, x + 1]))) (1, 'k'), runKleisli (left (Kleisli (\x -> Just (x * 2)))) (Left 3 :: Either Int ()))
  print (map fst (readsData (readsUnary "Id" Identity) 0 "Id 3" :: [(Identity Int, String)]), fst <$> (readsPrec 0 "Identity 4" :: [(Identity Int, String)]))
  print (map fst (readsData (readsUnary1 "Wrap" Just) 0 "Wrap [5,6]" :: [(Maybe [Int], String)]))
  print (map fst (readsData (readsBinary1 "Pair" (,)) 0 "Pair [1] [2,3]" :: [(([Int], [Int]), String)]))
  print (map fst (readPrec_to_S (readPrec2 :: ReadPrecE) 0 "Left 3"), map fst (readPrec_to_S (liftReadListPrec2Default readPrec readListPrec readPrec readListPrec :: ReadPrecL) 0 "[Right 'x',Left 1]"))
  print (map fst (liftReadListDefault readsPrec readList "[Just 1,Nothing]" :: [([Maybe Int], String)]), map fst (liftReadList2Default readsPrec readList readsPrec readList "[Left 'a']" :: [([Either Char Int], String)]))
  print (liftEq (==) [1, 2] [1, 2 :: Int], liftEq2 (==) (==) (Left 'a' :: Either Char Int) (Left 'a'), liftCompare2 compare compare (1 :: Int, 'a') (1, 'b'))
type ReadPrecE = ReadPrec (Either Int Char)
type ReadPrecL = ReadPrec [Either Int Char]
