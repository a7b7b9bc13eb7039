module Main where

import Control.Monad (forM_, when)

main :: IO ()
main = do
  forM_ [1 .. 5 :: Int] $ \i -> do
    when (odd i) $ putStr "odd "
    print i
  mapM_ print (zip [1 :: Int ..] "hi")
