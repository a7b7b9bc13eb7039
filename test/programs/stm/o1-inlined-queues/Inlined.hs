{-# OPTIONS_GHC -funfolding-use-threshold=3000 #-}
-- stm's failed lazy patterns (readTQueue2, peekTQueue2, readTBQueue2,
-- peekTBQueue2), which -O1 code links when it inlines the read and peek
-- workers (a high unfolding threshold); no queue ever reaches them.
module Inlined (run) where

import Control.Concurrent.STM

run :: IO ()
run = do
  q <- newTQueueIO
  b <- newTBQueueIO 10
  atomically $ mapM_ (writeTQueue q) [1 .. 5 :: Int]
  atomically $ mapM_ (writeTBQueue b) "abcde"
  r <- atomically $ do
    x <- readTQueue q
    y <- peekTQueue q
    z <- readTBQueue b
    w <- peekTBQueue b
    return (x, y, z, w)
  print r
