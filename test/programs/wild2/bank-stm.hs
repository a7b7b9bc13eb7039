-- A bank simulator: accounts in TVars, transfers with retry-free checks,
-- worker threads, and an audit that the total is conserved.
module Main (main) where

import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad
import qualified Data.Map as M
import Text.Printf (printf)

type Account = TVar Int

data TxResult = Ok | Insufficient Int | SameAccount deriving (Show, Eq)

transfer :: Account -> Account -> Int -> STM TxResult
transfer from to amt
  | from == to = return SameAccount
  | otherwise = do
      bal <- readTVar from
      if bal < amt
        then return (Insufficient bal)
        else do
          modifyTVar' from (subtract amt)
          modifyTVar' to (+ amt)
          return Ok

withdrawBlocking :: Account -> Int -> STM ()
withdrawBlocking acc amt = do
  b <- readTVar acc
  when (b < amt) retry
  writeTVar acc (b - amt)

main :: IO ()
main = do
  accts <- atomically $ mapM newTVar [100, 250, 0, 75]
  let acct i = accts !! i
  r1 <- atomically $ transfer (acct 0) (acct 2) 30
  r2 <- atomically $ transfer (acct 2) (acct 3) 500
  r3 <- atomically $ transfer (acct 1) (acct 1) 1
  print [r1, r2, r3]
  done <- newEmptyMVar
  forM_ [0 .. 3 :: Int] $ \w -> forkIO $ do
    forM_ [1 .. 25 :: Int] $ \k -> do
      let a = (w + k) `mod` 4
          b = (w * 3 + k) `mod` 4
      _ <- atomically $ transfer (acct a) (acct b) (k `mod` 7)
      return ()
    putMVar done ()
  replicateM_ 4 (takeMVar done)
  bals <- atomically $ mapM readTVar accts
  printf "total after transfers: %d\n" (sum bals)
  -- a blocked withdrawal released by a deposit
  gate <- newTVarIO (0 :: Int)
  finished <- newEmptyMVar
  _ <- forkIO $ do
    atomically (withdrawBlocking gate 50)
    putMVar finished "withdrew 50"
  threadDelay 1000
  atomically $ modifyTVar' gate (+ 80)
  takeMVar finished >>= putStrLn
  readTVarIO gate >>= printf "gate balance %d\n"
  let ledger = M.fromListWith (+) [(i `mod` 3, i) | i <- [1 .. 10 :: Int]]
  forM_ (M.toList ledger) $ \(k, v) -> printf "%-3d|%5d|\n" k v
  r <- atomically $ (withdrawBlocking gate 1000 >> return "big") `orElse` return "fallback"
  putStrLn r
