module Main (main) where
import Shapes.Class
import Shapes.Types
import qualified Util as U
main :: IO ()
main = do
  let ss = [Circle 1.5, Rect 2 3, Square (-2)]
  mapM_ (putStrLn . describe) ss
  print (sum (map area ss))
  putStrLn (U.pad 10 "hi" ++ "|")
  print (U.counter 5)
