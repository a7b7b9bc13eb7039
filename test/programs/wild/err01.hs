{-# LANGUAGE ScopedTypeVariables #-}
import Control.Exception
import Data.Char (chr)
data Shape = Circle { radius :: Double } | Square { side :: Double } deriving Show
data Cfg = Cfg { host :: String, port :: Int } deriving Show

f :: Int -> String
f 1 = "one"
f 2 = "two"

g :: Maybe Int -> Int
g x = case x of Just n | n > 0 -> n

main :: IO ()
main = do
  let try' :: IO () -> IO ()
      try' a = a `catch` \(e :: SomeException) -> putStrLn ("caught: " ++ show e)
  try' (print (radius (Square 2)))
  try' (print (f 3))
  try' (print (g (Just (-1))))
  try' (print (port (Cfg { host = "h" })))
  try' (let (a, 1) = (2, 2 :: Int) in print (a :: Int))
  try' (print (head ([] :: [Int])))
  try' (print ([1, 2, 3] !! 10 :: Int))
  try' (print (toEnum 5 :: Bool))
  try' (print (succ (maxBound :: Int)))
  try' (print (read "x" :: Int))
  try' (print (foldr1 max ([] :: [Int])))
  try' (assert False (putStrLn "assert skipped?"))
  try' (throwIO (IndexOutOfBounds "custom"))
  try' (print (2 ^ (-1 :: Int) :: Int))
  try' (print (fromEnum (2 ^ 70 :: Integer)))
  try' (print (chr 99999999))
  try' (print (minBound `div` (-1 :: Int)))
  print (f 4)
