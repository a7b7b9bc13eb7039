-- Print the program's arguments, numbered, and their total length.
import System.Environment (getArgs)

main :: IO ()
main = do
  args <- getArgs
  print (length args)
  mapM_ (\(i, a) -> putStrLn (show i ++ ": " ++ a)) (zip [1 :: Int ..] args)
  print (sum (map length args))
  print args
