import qualified Data.Sequence as Seq
import Control.Exception

try' :: Show a => String -> a -> IO ()
try' label x = do
  r <- try (evaluate (length (show x)))
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: SomeException))
    Right _ -> putStrLn (label ++ ": " ++ show x)

main :: IO ()
main = do
  let s = Seq.fromList "abc"
  try' "index" (Seq.index s 5)
  try' "index neg" (Seq.index s (-1))
  try' "replicate" (Seq.replicate (-1) 'x')
  try' "scanl1" (Seq.scanl1 (+) (Seq.empty :: Seq.Seq Int))
  try' "scanr1" (Seq.scanr1 (+) (Seq.empty :: Seq.Seq Int))
  try' "chunksOf" (Seq.chunksOf 0 s)
  try' "chunksOf empty" (Seq.chunksOf 0 (Seq.empty :: Seq.Seq Int))
  try' "cycleTaking" (Seq.cycleTaking 3 (Seq.empty :: Seq.Seq Int))
  try' "fromFunction" (Seq.fromFunction (-2) id)
  try' "iterateN" (Seq.iterateN (-1) id 'a')
