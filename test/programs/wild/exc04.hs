import qualified Data.Map as M
main :: IO ()
main = do
  let m = M.fromList [(1 :: Int, "x")]
  putStrLn (m M.! 1)
  print (undefined :: Int)
