-- Breadth-first monadic unfolds (Data.Tree.unfoldForestM_BF and
-- unfoldTreeM_BF, whose -O1 worker takes the Monad's >>= and return) in
-- IO, Maybe, lists and State, and the finger tree's traverse (whose -O1
-- worker takes the Applicative's fields) through Data.Sequence.Internal.
import Data.Tree
import qualified Data.Sequence as S
import qualified Data.Sequence.Internal as SI
import Data.IORef
import Data.Foldable (toList)
import Control.Monad.State (State, runState, modify, get)

step :: Int -> (Int, [Int])
step n = (n, [m | m <- [2 * n, 2 * n + 1], m < 12])

main :: IO ()
main = do
  ref <- newIORef []
  f <- unfoldForestM_BF (\n -> do { modifyIORef ref (n :); return (step n) }) [1, 5]
  putStr (drawForest (map (fmap show) f))
  readIORef ref >>= print . reverse
  t <- unfoldTreeM_BF (\n -> do { print n; return (step n) }) 2
  print (flatten t, levels t)
  print (unfoldForestM_BF (\n -> if n > 9 then Nothing else Just (step n)) [1])
  print (unfoldForestM_BF (\n -> if n > 20 then Nothing else Just (step n)) [3])
  print (unfoldTreeM_BF (\n -> [(n, [n + 1 | n < 2]), (-n, [])]) (0 :: Int))
  print (runState (unfoldForestM_BF (\n -> do { k <- get; modify (+ 1); return ((n, k), [m | m <- [n + 1 .. n + 2], m < 5]) }) [1, 2]) (100 :: Int))
  print (unfoldForestM_BF (\n -> Just (n, [])) ([] :: [Int]))
  -- the finger tree's traverse, in IO (effects in order), Maybe, lists
  let SI.Seq ft = S.fromList [1 .. 20 :: Int]
  ft' <- traverse (\(SI.Elem x) -> do { putStr (show x ++ " "); return (SI.Elem (x * 10)) }) ft
  putStrLn ""
  print (toList (SI.Seq ft'))
  print (fmap (toList . SI.Seq) (traverse (\(SI.Elem x) -> if x > 0 then Just (SI.Elem (x - 1)) else Nothing) ft))
  print (fmap (toList . SI.Seq) (traverse (\(SI.Elem x) -> if x < 20 then Just (SI.Elem x) else Nothing) ft))
  let SI.Seq small = S.fromList "abc"
  print (map (toList . SI.Seq) (traverse (\(SI.Elem c) -> [SI.Elem c, SI.Elem '-']) small))
  print (fmap (toList . SI.Seq) (traverse (\(SI.Elem x) -> Just (SI.Elem x)) (SI.EmptyT :: SI.FingerTree (SI.Elem Int))))
