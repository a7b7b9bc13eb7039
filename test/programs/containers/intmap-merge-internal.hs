-- Data.IntMap.Internal's mergeWithKey' (the generic Patricia-tree merge):
-- which subtrees meet bin, f, g1 and g2, shown by the values each marks.
import qualified Data.IntMap as IM
import Data.IntMap.Internal (IntMap, mergeWithKey')

merged :: [Int] -> [Int] -> [(Int, String)]
merged xs ys = IM.toList (mergeWithKey' bin f g1 g2 (mk "a" xs) (mk "b" ys))
  where
    mk tag ks = IM.fromList [(k, tag ++ show k) | k <- ks]
    -- bin marks every value below it with its prefix and mask
    bin p m l r = IM.map (++ ("/" ++ show p ++ ":" ++ show m)) (IM.union l r)
    f a b = IM.fromList [(k, x ++ "+" ++ y) | (k, x) <- IM.toList a, (_, y) <- IM.toList b]
    g1 a = IM.map (++ "<") (IM.filter ((/= "a7") . take 2) a)
    g2 b = IM.map (++ ">") b

main :: IO ()
main = do
  let cases =
        [ ([1, 2, 3], [2, 3, 4]), ([1, 5, 9], [2, 6]), ([], [1]), ([1], []), ([4], [4]), ([4], [5])
        , ([0, 8, 16, 24], [8, 24, 40]), ([1, 2, 3, 100, 200], [3, 100, 150]), ([7], [8])
        , ([-5, -1, 0, 3], [-1, 2, 3]), ([minBound, 0, maxBound], [maxBound, -1]), ([7, 70], [70])
        , ([1 .. 20], [5, 10 .. 40]), ([0, 2 .. 30], [1, 3 .. 31]) ]
  mapM_ (print . uncurry merged) cases
