import qualified Data.Map.Strict as M
import qualified Data.Set as S
import Data.Maybe (fromMaybe)
import Control.Monad (forM_)
import Text.Printf (printf)

data Task = Task { tid :: Int, prio :: Int, dur :: Int, deps :: [Int] } deriving (Show, Eq, Ord)

schedule :: [Task] -> [(Int, Int, Int)]
schedule ts = go 0 (S.fromList [(negate (prio t), tid t) | t <- ts, null (deps t)]) M.empty indeg
  where
    byId = M.fromList [(tid t, t) | t <- ts]
    indeg = M.fromList [(tid t, length (deps t)) | t <- ts]
    rdeps = M.fromListWith (++) [(d, [tid t]) | t <- ts, d <- deps t]
    go clock ready done deg = case S.minView ready of
      Nothing -> []
      Just ((_, i), ready') ->
        let t = byId M.! i
            end = clock + dur t
            (ready2, deg2) = foldl release (ready', deg) (fromMaybe [] (M.lookup i rdeps))
            release (r, dg) j = let n = dg M.! j - 1
                                    dg' = M.insert j n dg
                                in if n == 0 then (S.insert (negate (prio (byId M.! j)), j) r, dg') else (r, dg')
        in (i, clock, end) : go end ready2 (M.insert i end done) deg2

main :: IO ()
main = do
  let ts = [Task 1 5 3 [], Task 2 9 2 [], Task 3 1 4 [1], Task 4 7 1 [1, 2], Task 5 3 2 [3, 4], Task 6 8 5 []]
  forM_ (schedule ts) $ \(i, s, e) -> printf "task %d: %3d -> %3d\n" i s e
  let total = maximum [e | (_, _, e) <- schedule ts]
  printf "makespan %d, utilisation %.1f%%\n" total (100 * fromIntegral (sum (map dur ts)) / fromIntegral total :: Double)
