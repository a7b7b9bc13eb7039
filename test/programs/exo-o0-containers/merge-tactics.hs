{-# LANGUAGE FlexibleContexts #-}
-- Merging inventories with composed merge tactics (WhenMissing/WhenMatched
-- as categories), building maps and sets from their internal constructors,
-- IsList conversions, bifolds over maps, Read1 through Compose, and strict
-- accumulators from the containers' own strict pair and maybe.
import Prelude hiding (id, (.))
import Control.Category (Category (..), (>>>), (<<<))
import qualified Data.Map.Strict as M
import qualified Data.Map.Internal as MI
import Data.Map.Internal (MaybeS (..))
import qualified Data.Map.Merge.Strict as MM
import qualified Data.IntMap.Strict as IM
import qualified Data.IntMap.Internal as IMI
import qualified Data.IntMap.Merge.Strict as IMM
import qualified Data.IntSet as IS
import qualified Data.IntSet.Internal as ISI
import qualified Data.Set as Set
import qualified Data.Set.Internal as SI
import Utils.Containers.Internal.StrictPair (StrictPair (..), toPair)
import qualified GHC.Exts as Exts
import Data.Bifoldable
import Data.Functor.Classes
import Data.Functor.Compose
import Data.Functor.Identity
import Data.Char (toUpper)
import Data.Bits ((.&.), complement, xor)

type Stock = M.Map String Int

-- keep only the items worth restocking, then mark them
restock :: MM.WhenMissing Identity String Int Int
restock = MM.mapMissing (\_ n -> n * 10) . MM.filterMissing (\_ n -> n < 5)

-- matched counts: the difference, dropped when it is not positive, then halved
settle :: MM.WhenMatched Identity String Int Int Int
settle = MM.zipWithMatched (\_ _ d -> d `div` 2) . MM.zipWithMaybeMatched (\_ a b -> if a > b then Just (a - b) else Nothing)

-- a tactic that changes nothing, composed either way
idLeft, idRight :: MM.WhenMissing Identity String Int Int
idLeft = id . restock
idRight = restock >>> id

ledger :: Stock -> Stock -> Stock
ledger = MM.merge restock MM.dropMissing (MM.zipWithMatched (\_ a b -> a + b) . id)

checked :: Stock -> Stock -> Maybe Stock
checked = MM.mergeA (MM.traverseMissing (\k n -> if null k then Nothing else Just n) <<< MM.preserveMissing)
                    MM.dropMissing
                    (MM.zipWithAMatched (\_ a b -> if b > a then Nothing else Just (a - b)) . id)

intMerge :: IM.IntMap Int -> IM.IntMap Int -> IM.IntMap Int
intMerge = IMM.merge (IMM.mapMissing (\k v -> k + v) . IMM.filterMissing (\k _ -> odd k))
                     (id . IMM.dropMissing)
                     (IMM.zipWithMatched (\_ a b -> a * b) . IMM.zipWithMaybeMatched (\_ a b -> if a == b then Nothing else Just (a + b)))

-- mean of a map's values, with a strict pair accumulator
meanOf :: M.Map k Int -> Double
meanOf m = case M.foldl' step (0 :*: 0) m of
  total :*: n -> if n == 0 then 0 else fromIntegral total / fromIntegral (n :: Int)
  where step (t :*: n) v = (t + v) :*: (n + 1)

-- the largest key kept in a strict maybe while folding
largestKey :: M.Map String Int -> Maybe String
largestKey m = case M.foldrWithKey pick NothingS m of
  NothingS -> Nothing
  JustS k -> Just k
  where
    pick k _ NothingS = JustS k
    pick k _ (JustS best) = JustS (max k best)

-- a balanced tree over sorted elements, from a node constructor (given
-- the subtree's size) and the empty tree
{-# NOINLINE balanced #-}
balanced :: (Int -> a -> t -> t -> t) -> t -> [a] -> t
balanced node tip xs = go (length xs) xs
  where
    go 0 _ = tip
    go n ys = case splitAt (n `div` 2) ys of
      (l, y : r) -> node n y (go (n `div` 2) l) (go (n - n `div` 2 - 1) r)
      (_, []) -> tip

-- joins two big-endian patricia trees whose smallest keys are k1 < k2:
-- the branching bit is the highest bit where the keys differ
{-# NOINLINE joinAt #-}
joinAt :: (Int -> Int -> t -> t -> t) -> (Int, t) -> (Int, t) -> t
joinAt bin (k1, l) (k2, r) = bin (k1 .&. complement (2 * m - 1)) m l r
  where
    m = until (\b -> b * 2 > k1 `xor` k2) (* 2) 1

handSet :: Set.Set Int
handSet = balanced SI.Bin SI.Tip [10, 20 .. 70]

handIntMap :: IM.IntMap Char
handIntMap = joinAt IMI.Bin (1, joinAt IMI.Bin (1, IMI.Tip 1 'a') (3, IMI.Tip 3 'c')) (5, IMI.Tip 5 'e')

handIntSet :: IS.IntSet
handIntSet = case zipWith ISI.Tip [0, 64, 128] [10, 5, 1] of
  [a, b, c] -> joinAt ISI.Bin (0, joinAt ISI.Bin (0, a) (64, b)) (128, c)
  _ -> IS.empty

main :: IO ()
main = do
  let shop = M.fromList [("apple", 3), ("bread", 12), ("cheese", 1), ("dates", 7)]
      sold = M.fromList [("apple", 1), ("bread", 20), ("eggs", 4), ("dates", 2)]
  print (ledger shop sold)
  print (MM.merge idLeft MM.preserveMissing settle shop sold)
  print (MM.merge idRight (MM.mapMissing (\_ n -> negate n)) (id . settle . id) shop sold)
  print (checked shop (M.fromList [("apple", 2)]), checked shop sold)
  print (intMerge (IM.fromList [(1, 10), (2, 20), (3, 30), (6, 6)]) (IM.fromList [(2, 20), (3, 4), (6, 1), (9, 9)]))
  -- hand-built internal structures
  print (handSet, Set.valid handSet, Set.member 30 handSet, Set.toDescList handSet, Set.size handSet, Set.valid (balanced SI.Bin SI.Tip "abcdefghij"))
  -- the same shape, with bin working the sizes out
  let sized = balanced (const SI.bin) SI.Tip [1, 4 .. 40 :: Int]
  print (sized, Set.valid sized, Set.size sized, Set.elemAt 5 sized)
  print (handIntMap, IM.lookup 3 handIntMap, IM.insert 2 'b' handIntMap, IM.size handIntMap)
  print (handIntSet, IS.member 67 handIntSet, IS.toList (IS.insert 100 handIntSet), IS.size handIntSet)
  -- IsList
  let im = Exts.fromList [(5, "five"), (1, "one"), (3, "three")] :: IM.IntMap String
      is = Exts.fromList [9, 1, 4, 1, 64, 200] :: IS.IntSet
  print (im, Exts.toList im, Exts.fromListN 2 [(2, 'x'), (8, 'y')] :: IM.IntMap Char)
  print (is, Exts.toList is, Exts.fromListN 3 [3, 2, 1] :: IS.IntSet, Exts.toList (IS.map (* 2) is))
  -- bifolds over keys and values
  print (bifoldMap (: []) (\v -> [show v]) shop, bifoldr (\k acc -> length k + acc) (+) 0 shop)
  print (bilength shop, biconcatMap (map toUpper) show (M.fromList [("x", 1 :: Int)]), bielem 12 (M.fromList [(12 :: Int, 3 :: Int)]), bisum (M.fromList [(1 :: Int, 10 :: Int), (2, 20)]))
  print (bifoldl (\acc k -> acc ++ take 1 k) (\acc v -> acc ++ show v) "" shop, biany (> 10) (== 2) (M.fromList [(1 :: Int, 2 :: Int)]))
  -- Read1 of a map, directly and through Compose
  print (fst (head (readsPrec1 0 "fromList [(2,'b'),(1,'a')]" :: [(M.Map Int Char, String)])))
  print (read "Compose (fromList [(1,Just 'x'),(2,Nothing)])" :: Compose (M.Map Int) Maybe Char)
  print (readsPrec1 11 "fromList []" :: [(M.Map Int Bool, String)], (readsPrec1 0 "fromList [(1,2)] rest" :: [(M.Map Int Int, String)]))
  print (liftReadsPrec (\_ s -> [(length w, r) | (w, r) <- lex s]) (const []) 0 "fromList [(7,abc),(3,de)]" :: [(M.Map Int Int, String)])
  -- strict accumulators
  print (meanOf shop, meanOf (M.empty :: M.Map () Int), largestKey shop, largestKey M.empty)
  print (toPair (foldr (\x (a :*: b) -> (a + x) :*: (b * x)) (0 :*: 1) [1 .. 6 :: Integer]))
  print (map toPair (zipWith (:*:) (M.keys shop) (scanl1 (+) (M.elems shop))))
  print (M.valid (MI.insert "fig" 2 shop), MI.size shop, MI.link "m" 5 MI.Tip (MI.singleton "z" 1))
