-- What each function evaluates, observed through Debug.Trace (stderr
-- order) and errors: rwhnf vs rnf vs seq, deepseq's order on pairs and lists.
import Control.DeepSeq
import Debug.Trace

main :: IO ()
main = do
  let pair = (trace "fst" (1 :: Int), trace "snd" (2 :: Int))
  print (rwhnf pair)
  print (rnf pair)
  let xs = [trace ("elem " ++ show i) i | i <- [1 .. 4 :: Int]]
  xs `deepseq` putStrLn "list forced"
  print (sum xs)
  let m = Just (trace "inside Just" 'x')
  print (m `seq` "seq only")
  print (m `deepseq` "deepseq")
  let e = Left (trace "left" 'l') :: Either Char Int
  print (force e)
  let nested = [(trace "a" 'a', [trace "b1" True, trace "b2" False]), (trace "c" 'c', [])]
  print (length (force nested))
  print (rnf2 (trace "k" 'k', trace "v" "v"))
