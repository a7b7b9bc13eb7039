import qualified Data.Sequence as Seq
import Data.Sequence (Seq)
import Control.Exception

-- Foldable's default methods on Seq (maximum, minimum, traverse at Maybe)
main :: IO ()
main = do
  let s = Seq.fromList [3, 1, 4, 1, 5, 9, 2, 6 :: Int]
  print (maximum s, minimum s, maximum (Seq.fromList "hello"), minimum (Seq.fromList [2.5, 1.5 :: Double]))
  print (traverse (\x -> if x > 0 then Just x else Nothing) s, traverse (\x -> if x > 3 then Just x else Nothing) s)
  print (Seq.replicateA 2 (Just 'r'), Seq.replicateA 2 [1, 2 :: Int], sequenceA (Seq.fromList [Just 1, Just (2 :: Int)]))
  r <- try (evaluate (maximum (Seq.empty :: Seq Int)))
  case r of
    Left e -> putStrLn ("maximum: " ++ show (e :: SomeException))
    Right v -> print v
  print (Seq.unstableSort (Seq.fromList [3, 1, 2, 1 :: Int]))
