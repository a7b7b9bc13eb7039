import Control.Monad.Fix
import Data.Function (fix)
import Data.Functor.Identity
import System.IO

data Node = Node Int Node

main :: IO ()
main = do
  print (fix (\rec n -> if n <= 1 then 1 else n * rec (n - 1)) (10 :: Integer))
  print (take 5 (fix (1:) :: [Int]))
  print (fmap (take 6) (mfix (\xs -> Just (0 : map (+1) xs))) :: Maybe [Int])
  print (mfix (\_ -> Nothing) :: Maybe Int)
  print (map (take 3) (mfix (\xs -> [1 : xs, 2 : xs])) :: [[Int]])
  print (take 4 (runIdentity (mfix (\xs -> Identity ('a' : xs)))))
  Node a (Node b (Node c _)) <- mfix (\n -> do
     return (Node 1 (Node 2 (Node 3 n))))
  print (a, b, c)
  xs <- fixIO (\xs -> return (1 : map (*2) (take 5 xs)))
  print (xs :: [Int])
  ys <- mfix (\ys -> do { putStrLn "once"; return (take 4 ('z' : ys)) })
  putStrLn ys
  let f = mfix (\x -> \e -> e : x) :: Int -> [Int]
  print (take 3 (f 7))
  print (fmap (take 3) (mfix (\x -> Right (5 : x)) :: Either String [Int]))
