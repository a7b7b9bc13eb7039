-- Forcing undefined fails with exit code 1; unforced undefined is harmless.
main :: IO ()
main = do
  let pair = (1 :: Int, undefined :: Int)
  print (fst pair)
  print (length [undefined, undefined :: Bool])
  print (snd pair)
