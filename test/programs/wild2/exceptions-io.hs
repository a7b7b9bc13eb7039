{-# LANGUAGE ScopedTypeVariables #-}
-- Exceptions in IO: bracket/finally/onException ordering, custom exception
-- hierarchies, catching ArithException and ErrorCall, evaluate, throwIO, and
-- the exit code of an uncaught exception.
module Main (main) where

import Control.Exception
import System.IO
import Data.IORef
import Control.Monad (forM_)
import qualified Data.Map as M

data AppError = NotFound String | Invalid Int deriving Show
instance Exception AppError

lookupUser :: M.Map String Int -> String -> IO Int
lookupUser db k = maybe (throwIO (NotFound k)) check (M.lookup k db)
  where check v | v < 0 = throwIO (Invalid v)
                | otherwise = return v

main :: IO ()
main = do
  log' <- newIORef []
  let note s = modifyIORef log' (s :)
  r <- try (bracket (note "acquire" >> return 5) (\_ -> note "release") (\x -> note "use" >> evaluate (x `div` 0)))
  case r of
    Left DivideByZero -> putStrLn "caught divide by zero"
    Left e -> putStrLn ("other arith: " ++ show e)
    Right v -> print (v :: Int)
  readIORef log' >>= print . reverse
  (putStrLn "body" >> throwIO (userError "boom")) `catch` (\(e :: IOException) -> putStrLn ("io: " ++ show e)) `finally` putStrLn "finally ran"
  let db = M.fromList [("ann", 3), ("neg", -1)]
  forM_ ["ann", "bob", "neg"] $ \k -> do
    res <- try (lookupUser db k)
    putStrLn (k ++ ": " ++ either (\(e :: AppError) -> "error " ++ show e) show res)
  r2 <- try (evaluate (head ([] :: [Int])))
  putStrLn (either (\(ErrorCall m) -> "error call: " ++ takeWhile (/= '\n') m) show r2)
  r3 <- try (evaluate (length [1 .. (10 :: Int)] `seq` error "custom message"))
  putStrLn (either (\(e :: SomeException) -> "some: " ++ displayException e) (show :: Int -> String) r3)
  handle (\(e :: ArithException) -> putStrLn ("handled " ++ show e)) (print (minBound `quot` (-1 :: Int)))
  n <- (throwIO (Invalid 7) >> return 0) `catch` \e -> case e of
    Invalid k -> return k
    NotFound _ -> return (-1)
  print n
  (putStrLn "cleanup test" >> throwIO (NotFound "x")) `onException` putStrLn "onException ran" `catch` \(_ :: AppError) -> return ()
  hFlush stdout
  throwIO (NotFound "final")
