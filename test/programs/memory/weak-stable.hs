{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- weak pointers (never collected while the program runs; finalize runs the
-- finalizer once), stable names, compare-and-swap on IORefs and arrays
import Data.IORef
import System.Mem.Weak
import System.Mem (performGC)
import System.Mem.StableName
import GHC.Exts
import GHC.IO (IO (..))
import GHC.IORef (IORef (..))
import GHC.STRef (STRef (..))
import Control.Exception

data Box = Box Int deriving Show

casIORef :: IORef a -> a -> a -> IO (Bool, a)
casIORef (IORef (STRef r)) old new = IO $ \s -> case casMutVar# r old new s of
  (# s', n, v #) -> (# s', (isTrue# (n ==# 0#), v) #)

main :: IO ()
main = do
  r <- newIORef (Box 1)
  w <- mkWeakIORef r (putStrLn "finalizer of r ran")
  performGC
  Just r' <- deRefWeak w
  readIORef r' >>= print
  finalize w
  finalize w
  deRefWeak w >>= \m -> print (fmap (const ()) m)
  let key = Box 7
  w2 <- mkWeak key "payload" (Just (putStrLn "w2 finalized"))
  deRefWeak w2 >>= print
  w3 <- mkWeakPtr key (Just (putStrLn "w3 finalized"))
  deRefWeak w3 >>= print
  finalize w3
  deRefWeak w3 >>= print
  w4 <- mkWeakPair key "v" (Just (putStrLn "pair finalized"))
  deRefWeak w4 >>= print
  addFinalizer key (putStrLn "never shown: the key stays alive")
  finalize w2
  deRefWeak w2 >>= print
  r2 <- try (do { w5 <- mkWeak key () (Just (throwIO (userError "boom"))); finalize w5 })
  print (r2 :: Either IOException ())
  -- stable names
  let xs = [1, 2, 3] :: [Int]
  s1 <- makeStableName xs
  s2 <- makeStableName xs
  s3 <- makeStableName (map (+ 1) xs)
  print (s1 == s2, s1 == s3, eqStableName s1 s2, hashStableName s1 == hashStableName s2)
  -- compare-and-swap
  old <- readIORef r
  res1 <- casIORef r old (Box 2)
  print res1
  res2 <- casIORef r old (Box 3)
  print res2
  readIORef r >>= print
