{-# LANGUAGE MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -Wno-deprecations #-}
-- base's small RTS-facing modules as a non-threaded GHC binary has them:
-- GHC.Conc.Signal's handler table (setHandler, runHandlers,
-- runHandlersPtr), GHC.Weak.runFinalizerBatch, GHC.TopHandler's runIO and
-- runNonIO, the IO manager hooks (no-ops without -threaded), runSparks,
-- GHC.GHCi's sandbox class and helpers, GHC.Pack, GHC.Float.ConversionUtils.
import Control.Concurrent
import Control.Exception
import Data.Dynamic
import Data.IORef
import Foreign
import GHC.Base (IO (..))
import GHC.Conc.IO (ensureIOManagerIsRunning, interruptIOManager, ioManagerCapabilitiesChanged)
import GHC.Conc.Signal
import GHC.Conc.Sync (reportError, reportHeapOverflow, runSparks, sharedCAF, newStablePtrPrimMVar)
import System.Environment (getArgs, getProgName)
import System.Mem.Weak (deRefWeak, finalize)
import GHC.Exts
import GHC.Float.ConversionUtils
import GHC.GHCi
import GHC.GHCi.Helpers
import GHC.Pack
import GHC.TopHandler (runIO, runNonIO)
import GHC.Weak (runFinalizerBatch)
import System.IO

elim :: Integer -> Int -> (Integer, Int)
elim n (I# e) = case elimZerosInteger n e of (# m, e' #) -> (m, I# e')

elimI :: Int -> Int -> (Integer, Int)
elimI (I# n) (I# e) = case elimZerosInt# n e of (# m, e' #) -> (m, I# e')

packed :: String -> (Int, String)
packed s = case packCString# s of ba -> (I# (sizeofByteArray# ba), [C# (indexCharArray# ba i) | I# i <- [0 .. I# (sizeofByteArray# ba) - 1]])

main :: IO ()
main = do
  -- signal handlers: a table, run in a thread of their own
  done <- newEmptyMVar
  old <- setHandler 10 (Just (\fp -> withForeignPtr fp peek >>= \b -> putMVar done ("handler 10: " ++ show b), toDyn "ten"))
  print (fmap (fromDynamic . snd) old :: Maybe (Maybe String))
  old2 <- setHandler 10 (Just (\_ -> putMVar done "second handler", toDyn (2 :: Int)))
  print (fmap (\(_, d) -> fromDynamic d :: Maybe String) old2)
  old3 <- setHandler 10 (Just (\fp -> withForeignPtr fp peek >>= \b -> putMVar done ("handler 10: " ++ show b), toDyn "ten"))
  print (fmap (\(_, d) -> fromDynamic d :: Maybe Int) old3)
  fp <- mallocForeignPtrBytes 128
  withForeignPtr fp (\p -> poke p (42 :: Word8))
  runHandlers fp 10
  takeMVar done >>= putStrLn
  runHandlers fp 11
  p <- mallocBytes 128
  poke p (7 :: Word8)
  runHandlersPtr p 10
  takeMVar done >>= putStrLn
  r <- setHandler 10 Nothing
  print (fmap (\(_, d) -> fromDynamic d :: Maybe String) r)
  runHandlers fp 10
  setHandler 64 Nothing >>= print . fmap (const ())
  try (setHandler 65 Nothing) >>= either (\e -> putStrLn ("setHandler 65: " ++ show (e :: SomeException))) (print . fmap (const ()))
  try (setHandler (-1) Nothing) >>= either (\e -> putStrLn ("setHandler -1: " ++ show (e :: SomeException))) (print . fmap (const ()))
  -- a batch of finalizers (what the RTS hands the scheduler)
  ref <- newIORef []
  let fin :: String -> State# RealWorld -> State# RealWorld
      fin s st = case modifyIORef ref (s :) of IO f -> case f st of (# st', _ #) -> st'
      bad :: State# RealWorld -> State# RealWorld
      bad st = case throwIO (userError "finalizer failed") :: IO () of IO f -> case f st of (# st', _ #) -> st'
  IO (\s -> case newArray# 3# (fin "a") s of
              (# s1, ma #) -> case writeArray# ma 1# bad s1 of
                s2 -> case writeArray# ma 2# (fin "c") s2 of
                  s3 -> case unsafeFreezeArray# ma s3 of
                    (# s4, arr #) -> case runFinalizerBatch 3 arr of IO g -> g s4)
  readIORef ref >>= print
  -- top handler wrappers
  runIO (putStrLn "runIO")
  x <- runNonIO (6 * 7 :: Int)
  print x
  -- IO manager hooks, sparks
  ensureIOManagerIsRunning
  -- without -threaded there is no IO manager to tell: GHC's binary fails
  try ioManagerCapabilitiesChanged >>= print . either (\e -> Left (show (e :: IOException))) Right
  interruptIOManager
  runSparks
  -- GHCi
  ghciStepIO (putStrLn "ghciStepIO IO")
  n <- ghciStepIO (fmap (+ 1) (pure 40 >>= \v -> return (v + 1)) :: NoIO Int)
  print n
  r2 <- ghciStepIO ((pure "noio" <* pure ()) *> (pure (++) <*> pure "no" <*> pure "io") :: NoIO String)
  putStrLn r2
  r3 <- ghciStepIO ((6 <$ (pure () :: NoIO ())) >> pure 7 :: NoIO Int)
  print r3
  disableBuffering
  b0 <- hGetBuffering stdin
  b1 <- hGetBuffering stdout
  b2 <- hGetBuffering stderr
  print (b0, b1, b2)
  putStr "x"
  flushAll
  putStrLn ""
  evalWrapper "prog" ["a", "b"] ((,) <$> getProgName <*> getArgs) >>= print
  (,) <$> getProgName <*> getArgs >>= print . snd
  -- weak pointers on MVars (finalized by hand: nothing is collected here)
  mv <- newMVar "contents"
  w <- mkWeakMVar mv (putStrLn "MVar finalizer")
  deRefWeak w >>= maybe (putStrLn "gone") (\m -> readMVar m >>= putStrLn)
  finalize w
  finalize w
  addMVarFinalizer mv (putStrLn "never run")
  -- RTS callbacks
  reportError (toException (ErrorCall "reported error"))
  reportHeapOverflow
  a <- sharedCAF "mine" return
  putStrLn a
  other <- newStablePtr "theirs"
  b <- sharedCAF "mine" (\_ -> return (castPtr (castStablePtrToPtr other)))
  putStrLn b
  unitVar <- newEmptyMVar
  sp <- newStablePtrPrimMVar unitVar
  freeStablePtr sp
  putStrLn "stable pointer freed"
  -- GHC.Pack
  print (unpackCString (Ptr "packed\0"#))
  print (packed "abc", packed "")
  -- GHC.Float.ConversionUtils
  print (map (\(n, e) -> elim n e) [(0, 5), (8, 5), (8, 2), (12, 10), (1024, 20), (2 ^ 70, 100), (2 ^ 70, 3), (7, 3), (-8, 2)])
  print (map (\(n, e) -> elimI n e) [(0, 5), (8, 5), (8, 2), (12, 10), (1024, 20), (7, 3), (-8, 2)])
