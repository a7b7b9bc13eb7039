-- Names of base that programs rarely call by their own module: GHC.List's
-- and/or/notElem, Data.OldList's find/mapAccumL/R/maximumBy/minimumBy,
-- GHC.Base's mapM/sequence/otherwise/assert, Read of wide tuples,
-- Data.Typeable's typeOf1..typeOf7 and showsTypeRep, Text.Show's
-- showListWith, Data.String's fromString, GHC.IO's bracket/finally/
-- catchAny/catchException, GHC.IO.Exception's constructors and messages,
-- Control.Monad.ST's fixST, MVar's masked variants, System.Mem.
{-# LANGUAGE ScopedTypeVariables, MagicHash #-}
import qualified GHC.List as L
import qualified GHC.OldList as O
import qualified GHC.Base as B
import Data.Typeable
import Text.Show (showListWith)
import Data.String (fromString, IsString)
import qualified GHC.IO as GIO
import GHC.IO.Exception
import Control.Exception
import Control.Monad.ST (fixST, runST, stToIO)
import Data.STRef
import Control.Concurrent.MVar
import Control.Concurrent.Chan
import System.Mem (performGC, performMajorGC, performMinorGC)
import Foreign.Marshal.Unsafe (unsafeLocalState)
import System.IO
import System.Timeout (timeout)
import Data.IORef
import qualified Data.Map as M
import Data.Ord (comparing)

newtype Name = Name String deriving Show
instance IsString Name where fromString = Name . map succ

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  -- GHC.List and Data.OldList
  print (L.and [], L.and [True, False], L.or [], L.or [False, True], L.notElem 3 [1, 2], L.notElem 'a' "abc")
  print (O.find even [1, 3, 4, 5], O.find (> 9) [1 .. 5 :: Int], O.mapAccumL (\a x -> (a + x, a * x)) 0 [1 .. 5 :: Int])
  print (O.mapAccumR (\a x -> (a ++ [x], length a)) "" "abcd", O.maximumBy (comparing snd) [(1, 'b'), (2, 'z'), (3, 'c')], O.minimumBy (comparing abs) [-3, 2, -1, 4 :: Int])
  r <- try (evaluate (O.maximumBy compare ([] :: [Int])))
  putStrLn (either (\(e :: SomeException) -> "maximumBy []: " ++ takeWhile (/= '\n') (show e)) show r)
  -- GHC.Base
  xs <- B.mapM (\x -> return (x * 2)) [1, 2, 3 :: Int]
  ys <- B.sequence [return 'a', return 'b']
  print (xs, ys, B.mapM (\x -> if x > 0 then Just x else Nothing) [1, -1 :: Int], B.otherwise, B.assert True "ok")
  print (B.sequence [[1, 2], [3 :: Int]], B.augment (\c n -> c 'x' (c 'y' n)) "z", B.mapFB (:) succ 'a' "")
  -- Read of tuples from 4 to 14 components
  print (read "(1,'a',\"s\",True)" :: (Int, Char, String, Bool))
  print (read " ( 1 , 2 , 3 , 4 , 5 ) " :: (Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6)" :: (Int, Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6,7,8,9)" :: (Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6,7,8,9,10,11)" :: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6,7,8,9,10,11,12)" :: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6,7,8,9,10,11,12,13)" :: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print (read "(1,2,3,4,5,6,7,8,9,10,11,12,13,14)" :: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int))
  print (reads "(1,2,3)" :: [((Int, Int, Int, Int), String)])
  -- Data.Typeable
  print (typeOf1 (Just 'x'), typeOf2 (Left 3 :: Either Int Bool), typeOf3 ((,,) 'a' 'b' 'c'), typeOf4 ((,,,) 1 2 3 (4 :: Int)))
  print (typeOf5 ((,,,,) () () () () ()), typeOf6 ((,,,,,) () () () () () ()), typeOf7 ((,,,,,,) () () () () () () 'q'))
  print (showsTypeRep (typeOf (M.empty :: M.Map Int [Bool])) "", typeRep (Proxy :: Proxy (Maybe [Int])), typeOf (undefined :: Int -> IO ()))
  print (showListWith shows [1, 2, 3 :: Int] "", showListWith (showString . reverse) ["ab", "cd"] "!", showListWith shows ([] :: [Int]) "")
  print (fromString "HAL" :: Name, fromString "abc" :: String)
  -- GHC.IO's exception helpers
  ref <- newIORef (0 :: Int)
  GIO.bracket (modifyIORef ref (+ 1) >> return 10) (\_ -> modifyIORef ref (* 100)) (\x -> modifyIORef ref (+ x))
  readIORef ref >>= print
  (GIO.finally (putStrLn "body") (putStrLn "finalizer") :: IO ())
  r1 <- try (GIO.finally (throwIO (userError "boom")) (putStrLn "cleanup ran")) :: IO (Either IOException ())
  print r1
  GIO.catchAny (evaluate (1 `div` (0 :: Int)) >> return ()) (\e -> putStrLn ("catchAny: " ++ show e))
  GIO.catchException (throwIO (ErrorCall "caught")) (\(ErrorCall m) -> putStrLn ("catchException: " ++ m))
  n <- GIO.unsafeSTToIO (newSTRef (5 :: Int) >>= \s -> modifySTRef s (* 3) >> readSTRef s)
  print (n, runST (GIO.ioToST (return 'i') `seq` return 'j'))
  -- GHC.IO.Exception
  print (ioe_handle (userError "x"), ioe_description (userError "desc"), ioe_location (userError "d"))
  print (unsupportedOperation, untangle "file.hs:3:4-5|function"# "message")
  print [StackOverflow, HeapOverflow]
  print (stackOverflow, heapOverflow, allocationLimitExceeded, cannotCompactFunction, cannotCompactPinned, cannotCompactMutable)
  print (CompactionFailed "why", toException (CompactionFailed "w") `seq` ())
  print (userError "a" == userError "a", userError "a" == userError "b")
  r2 <- try (ioException (IOError Nothing NoSuchThing "loc" "nothing here" Nothing (Just "f.txt")))
  print (r2 :: Either IOException ())
  r3 <- try (evaluate (assertError False "value"))
  putStrLn (either (\(AssertionFailed m) -> "assertion: " ++ m) id r3)
  print [AlreadyExists, NoSuchThing, ResourceBusy, ResourceExhausted, EOF, IllegalOperation, PermissionDenied, UserError]
  print [UnsatisfiedConstraints, SystemError, OtherError, InvalidArgument, InappropriateType, HardwareFault, UnsupportedOperation, TimeExpired, ResourceVanished, Interrupted]
  print (BlockedIndefinitelyOnMVar, BlockedIndefinitelyOnSTM, Deadlock, AllocationLimitExceeded, AssertionFailed "af")
  print (ExitFailure 3, ExitSuccess == ExitSuccess, compare UserInterrupt ThreadKilled, show (ErrorCall "ec"))
  -- fixST, unsafeLocalState, masked MVars, Chan equality, performGC
  print (take 4 (runST (fixST (\xs -> return (1 : map (* 3) xs)))), unsafeLocalState (return (6 * 7 :: Int)))
  mv <- newMVar (10 :: Int)
  modifyMVarMasked_ mv (return . (+ 1))
  a <- modifyMVarMasked mv (\v -> return (v * 2, v))
  b <- withMVarMasked mv return
  print (a, b)
  c1 <- newChan :: IO (Chan Int)
  c2 <- newChan :: IO (Chan Int)
  print (c1 == c1, c1 == c2, mv == mv)
  performGC >> performMajorGC >> performMinorGC
  t <- timeout 1000000 (return 'T')
  print t
  putChar 'E' >> putChar '\n'
