import qualified Data.IntMap.Internal.Debug as D
import qualified Data.IntMap as IM
import qualified Data.IntSet.Internal as IS

-- patricia tree shapes, as containers draws them
main :: IO ()
main = do
  putStr (D.showTree (IM.fromList [(k, show k) | k <- [5, 3, 8, -1, 100, 7]]))
  putStr (D.showTreeWith False True (IM.fromList [(k, ()) | k <- [1, 2, 3, -5]]))
  putStr (D.showTreeWith True True (IM.fromList [(k, ()) | k <- [1, 2, 3, -5]]))
  putStr (D.showTree (IM.empty :: IM.IntMap ()))
  putStr (D.showTree (IM.delete 8 (IM.fromList [(k, k) | k <- [0, 4 .. 40 :: Int]])))
  putStr (IS.showTree (IS.fromList [1, 2, 3, 64, 200, -7]))
  putStr (IS.showTreeWith True True (IS.fromList [1, 2, 3, 64, 200, -7]))
  putStr (IS.showTreeWith False False (IS.fromList [0, 63, 64, 127, 128, minBound, maxBound]))
  putStr (IS.showTree IS.empty)
  print (IM.splitRoot (IM.fromList [(k, ()) | k <- [-2 .. 2]]), IS.splitRoot (IS.fromList [-100, 100]))
