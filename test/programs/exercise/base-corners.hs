{-# LANGUAGE MagicHash, UnboxedTuples, TypeApplications, ScopedTypeVariables, GADTs #-}
-- Corners of base no other program ran: TypeRep ordering and TyCon
-- queries, Functor.Classes defaults, GHC.Arr's adjust, thread labels and
-- ids, ErrorCall exceptions and call-stack lines, unsafe coercions, WordPtr,
-- FunPtr, StablePtr, unchecked 64-bit shifts, Ix () and Word, Read Lexeme,
-- Show Module/TrName, temp files, Bifoldable, class defaults (bitSize,
-- gfoldl), Fixed's resolution, Alt's MonadPlus, testEquality/Coercion,
-- Void, assert, Enum ().
import Data.Typeable
import qualified Type.Reflection as R
import Data.Functor.Classes
import GHC.Arr (Array, listArray, accum, (!))
import Control.Concurrent
import GHC.Conc (labelThread, unsafeIOToSTM, atomically)
import Control.Exception
import GHC.Exception (errorCallException, errorCallWithCallStackException, prettyCallStackLines)
import GHC.Stack (callStack, HasCallStack)
import Unsafe.Coerce (unsafeCoerce)
import Foreign.Ptr
import Foreign.StablePtr
import GHC.Exts
import GHC.Int
import GHC.Word
import Data.Ix
import Text.Read (Lexeme (..), readMaybe)
import System.IO
import System.Directory (removeFile)
import Data.Bifoldable (biforM_, bifoldMap)
import Data.Bits
import Data.Complex (Complex (..))
import Data.Data (gmapQ, Data, toConstr)
import Data.Fixed (Fixed, E2, E6, resolution, Milli)
import Data.Monoid (Alt (..))
import Control.Monad (mplus, mzero)
import Data.String (fromString)
import Data.Type.Equality
import Data.Type.Coercion
import Data.Void
import Debug.Trace (traceIO)
import Data.IORef

data T a where
  TI :: T Int
  TB :: T Bool
instance TestEquality T where
  testEquality TI TI = Just Refl
  testEquality TB TB = Just Refl
  testEquality _ _ = Nothing

newtype Age = Age Int deriving Show

frames :: HasCallStack => [String]
frames = prettyCallStackLines callStack

main :: IO ()
main = do
  let reps = [typeRep (Proxy :: Proxy Int), typeRep (Proxy :: Proxy Bool), typeRep (Proxy :: Proxy [Int]), typeRep (Proxy :: Proxy Int)]
  print (map (\a -> map (compare a) reps) reps, maximum reps == minimum reps)
  let tc = typeRepTyCon (typeRep (Proxy :: Proxy (Maybe Int)))
  print (tyConName tc, tyConModule tc, tyConPackage tc, typeRepArgs (typeRep (Proxy :: Proxy (Either Int Bool))))
  print (R.typeRepKind (R.typeRep @Maybe), R.splitApps (R.typeRep @(Maybe Int)) `seq` ())
  print (liftEq (==) [1, 2 :: Int] [1, 2], liftEq2 (==) (<) (Left 1 :: Either Int Int) (Left 1), liftCompare compare (Just 'a') (Just 'b'))
  print (eq1 (Just 'x') (Just 'x'), compare2 (1 :: Int, 'a') (1, 'b'), liftReadsPrec2 readsPrec readList readsPrec readList 0 "(1,True)" :: [((Int, Bool), String)])
  let arr = listArray (0, 4) [10, 20, 30, 40, 50] :: Array Int Int
  print (accum (+) arr [(1, 5), (3, 7), (1, 1)] ! 1, accum (flip const) arr [(4, 0)])
  tid <- myThreadId
  labelThread tid "main thread"
  print (show tid == show tid, tid == tid)
  mv <- newEmptyMVar
  t2 <- forkIO (putMVar mv "child")
  takeMVar mv >>= putStrLn
  print (compare tid t2 /= EQ)
  r <- try (throwIO (errorCallException "plain"))
  print (either (\(ErrorCall m) -> m) (const "none") r)
  r2 <- try (throwIO (errorCallWithCallStackException "with stack" callStack))
  print (either (\(ErrorCall m) -> m) (const "none") r2)
  print (length frames > 0)
  print (unsafeCoerce (Age 5) :: Int, I# (unsafeCoerce# 7#))
  let wp = ptrToWordPtr (nullPtr `plusPtr` 64)
  print (wp, wp == 64, toInteger wp, toRational wp, wordPtrToPtr wp == nullPtr `plusPtr` 64)
  let fp = castPtrToFunPtr (nullPtr `plusPtr` 16) :: FunPtr (IO ())
  print (fp, compare fp nullFunPtr, castFunPtr fp == (castPtrToFunPtr (nullPtr `plusPtr` 16) :: FunPtr Int), fp > nullFunPtr)
  sp <- newStablePtr "stable"
  print (sp == sp, castPtrToStablePtr (castStablePtrToPtr sp) == sp)
  deRefStablePtr sp >>= putStrLn
  freeStablePtr sp
  print (I64# (uncheckedIShiftL64# 3# 4#), I64# (uncheckedIShiftRA64# -64# 2#), W64# (uncheckedShiftL64# 1## 40#), W64# (uncheckedShiftRL64# 1024## 3#))
  print (range ((), ()), index ((), ()) (), inRange (3 :: Word, 9) 5, range (1 :: Word, 4), index (10 :: Word, 20) 15, rangeSize (5 :: Word, 1))
  print (readMaybe "Ident \"x\"" :: Maybe Lexeme, readMaybe "Number 3" :: Maybe Lexeme, readMaybe "Punc \"(\"" :: Maybe Lexeme, readMaybe "EOF" :: Maybe Lexeme, readMaybe "Char 'c'" :: Maybe Lexeme)
  print (typeRepTyCon (typeRep (Proxy :: Proxy Char)), show (tyConModule (typeRepTyCon (typeRep (Proxy :: Proxy Char)))))
  (path, h) <- openTempFile "." "corners.tmp"
  hPutStrLn h "temp"
  hClose h
  readFile path >>= putStr
  removeFile path
  biforM_ (1 :: Int, "two") print putStrLn
  print (bifoldMap show id (Left 3 :: Either Int String), bitSizeMaybe (0 :: Int), bitSize (0 :: Word8), finiteBitSize (0 :: Int16))
  print (gmapQ toConstr (Just 'a'), gmapQ (const ()) (1 :: Int, 'b'), realPart' (3 :+ 4))
  print (resolution (1 :: Fixed E2), resolution (0 :: Milli), resolution (5 :: Fixed E6))
  print (getAlt (Alt (Just 1) `mplus` Alt (Just 2)) :: Maybe Int, getAlt (mzero :: Alt [] Int), fromString "str" :: String)
  print (testEquality TI TI, testEquality TI TB, testEquality (R.typeRep @Int) (R.typeRep @Int), testCoercion (Coercion :: Coercion Int Int) (Coercion :: Coercion Int Age))
  print (fmap absurd ([] :: [Void]) :: [Int], (Nothing :: Maybe Void) <> sconcat')
  print (assert True "asserted", [() ..], succ (minBound :: Bool), fromEnum (), [minBound .. maxBound :: ()])
  ref <- newIORef (10 :: Int)
  v <- atomicModifyIORef' ref (\x -> (x * 2, x + 1))
  readIORef ref >>= \x -> print (v, x)
  traceIO "trace on stderr"
  atomically (unsafeIOToSTM (putStrLn "io inside stm"))
  where
    realPart' (a :+ _) = a :: Double
    sconcat' = Nothing :: Maybe Void
