import qualified Data.Map as M
lookupOrDie :: String -> M.Map String Int -> Int
lookupOrDie k m = case M.lookup k m of
  Just v -> v
  Nothing -> error ("missing key: " ++ k)
main :: IO ()
main = do
  let m = M.fromList [("a", 1)]
  print (lookupOrDie "a" m)
  print (lookupOrDie "b" m)
