module Main where

shout :: String -> String
shout s = s ++ "!"

main :: IO ()
main = do
  putStrLn (unwords (map shout (words "the quick brown fox")))
  print (lines "one\ntwo\nthree")
  print (show (12 :: Int) ++ "/" ++ show (-3 :: Int))
  putStrLn (concat ["a", "b", "c"])
