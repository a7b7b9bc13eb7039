-- Control.Monad in IO: mapM_/forM_/when/unless/replicateM/foldM/zipWithM_,
-- IORef counters and a menu driven by stdin until EOF (isEOF).
module Main (main) where

import Control.Monad
import Data.IORef
import System.IO

loop :: IORef [Int] -> Int -> IO Int
loop st n = do
  eof <- isEOF
  if eof
    then return n
    else do
      l <- getLine
      case words l of
        ["push", x] -> modifyIORef st (read x :)
        ["pop"] -> do
          s <- readIORef st
          case s of
            (x:xs) -> print x >> writeIORef st xs
            [] -> hPutStrLn stderr "empty stack"
        ["sum"] -> readIORef st >>= print . sum
        [] -> return ()
        _ -> putStrLn ("? " ++ l)
      loop st (n + 1)

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  forM_ [1 .. 3 :: Int] $ \i -> when (odd i) $ putStrLn ("odd " ++ show i)
  mapM_ (\(i, c) -> unless (c == ' ') (putStrLn (show i ++ [c]))) (zip [0 :: Int ..] "a b")
  xs <- replicateM 2 (return 'x')
  putStrLn xs
  print (replicateM 2 "ab")
  total <- foldM (\acc x -> do { putStr (show x ++ " "); return (acc + x) }) 0 [1 .. 5 :: Int]
  putStrLn ("= " ++ show total)
  zipWithM_ (\a b -> putStrLn (a ++ "=" ++ show b)) ["x", "y"] [1 :: Int ..]
  r <- zipWithM (\a b -> return (a * b)) [1, 2, 3] [4, 5, 6 :: Int]
  print r
  print =<< mapM (return . (* 2)) [1, 2, 3 :: Int]
  st <- newIORef []
  n <- loop st 0
  putStrLn ("lines: " ++ show n)
  readIORef st >>= print
  print (join [[1], [2, 3 :: Int]], msum [Nothing, Just 1, Just (2 :: Int)], mfilter even (Just (3 :: Int)))
  forever (do { v <- readIORef st; when (null v) (ioError (userError "done")); modifyIORef st tail }) `seq` return ()
  print (void (Just 3), filterM (const [True, False]) [1, 2 :: Int])
