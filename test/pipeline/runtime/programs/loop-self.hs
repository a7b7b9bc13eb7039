-- A thunk that demands itself: GHC's <<loop>> (NonTermination), exit 1.
main :: IO ()
main = do
  putStrLn "before"
  let x = x + 1 :: Int
  print x
  putStrLn "not reached"
