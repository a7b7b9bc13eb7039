-- RWS for a simulation with config, log and state; ContT for early exit;
-- MaybeT for failure in IO; ExceptT with a custom error type.
module Main (main) where

import Control.Monad.RWS.Strict
import Control.Monad.Cont
import Control.Monad.Trans.Maybe
import Control.Monad.Except
import Text.Read (readMaybe)

data Config = Config { rate :: Double, years :: Int }

simulate :: RWS Config [String] Double ()
simulate = do
  n <- asks years
  forM_ [1 .. n] $ \y -> do
    r <- asks rate
    modify (* (1 + r))
    bal <- get
    when (y `mod` 5 == 0) $ tell ["year " ++ show y ++ ": " ++ show (fromIntegral (round (bal * 100)) / 100 :: Double)]

findFirst :: (a -> Bool) -> [a] -> Cont r (Maybe a)
findFirst p xs = callCC $ \k -> do
  forM_ xs $ \x -> when (p x) (k (Just x))
  return Nothing

parseAll :: [String] -> MaybeT IO [Int]
parseAll ss = forM ss $ \s -> do
  lift (putStrLn ("parsing " ++ s))
  MaybeT (return (readMaybe s))

data Err = TooBig Int | Negative Int deriving Show

checkAll :: [Int] -> Except Err Int
checkAll xs = do
  forM_ xs $ \x -> do
    when (x < 0) (throwError (Negative x))
    when (x > 100) (throwError (TooBig x))
  return (sum xs)

main :: IO ()
main = do
  let ((), final, logs) = runRWS simulate (Config 0.05 20) 1000
  mapM_ putStrLn logs
  print (round final :: Int)
  print (runCont (findFirst (> 10) [1, 5, 12, 30 :: Int]) id, runCont (findFirst even [1, 3 :: Int]) id)
  r <- flip runContT return $ callCC $ \exit -> do
    forM_ [1 :: Int ..] $ \i -> when (i * i > 50) (exit i)
    return 0
  print r
  runMaybeT (parseAll ["1", "22", "x3", "4"]) >>= print
  runMaybeT (parseAll ["7", "8"]) >>= print
  print (runExcept (checkAll [1, 2, 3]), runExcept (checkAll [1, -2, 300]), runExcept (checkAll [5, 200]))
  print (runExcept (checkAll [-1] `catchError` (\_ -> return 0)))
