{-# LANGUAGE TypeOperators #-}
{-# OPTIONS_GHC -fno-specialise #-}
-- Forcing structures of many types to normal form before timing-free
-- checks: NFData, NFData1 and NFData2 through helpers kept out of line and
-- unspecialised (each call passes the type's instance dictionaries), and
-- rnf/liftRnf used directly at known types.
import Control.DeepSeq
import Data.Functor.Identity
import Data.Functor.Const
import Data.Functor.Compose
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import Data.List.NonEmpty (NonEmpty (..))
import Data.Ord (Down (..))
import Data.Proxy
import Data.Monoid
import qualified Data.Semigroup as Sg
import Data.Complex
import Data.Ratio
import Data.Fixed
import Data.Version
import Data.Unique
import Data.IORef
import Data.STRef
import Control.Monad.ST
import Control.Concurrent.MVar
import Control.Applicative (ZipList (..))
import Control.Exception (MaskingState (..))
import Data.Array
import Foreign.C.Types
import Foreign.Ptr
import Data.Type.Equality
import Data.Typeable (typeRep, typeOf, typeRepTyCon)
import Type.Reflection (someTypeRep)
import GHC.Stack (callStack, HasCallStack)
import GHC.Fingerprint (fingerprintString)
import System.Mem.StableName
import Numeric.Natural

{-# NOINLINE check #-}
check :: (NFData a, Show a) => String -> a -> IO ()
check name x = x `deepseq` putStrLn (name ++ " " ++ show (force x) ++ " " ++ show (rnf x == ()))

{-# NOINLINE check1 #-}
check1 :: (NFData1 f, Foldable f) => String -> f Int -> IO ()
check1 name x = rnf1 x `seq` putStrLn (name ++ " rnf1 " ++ show (sum x) ++ " " ++ show (liftRnf (\v -> v `seq` ()) x))

{-# NOINLINE check2 #-}
check2 :: NFData2 p => String -> p Int Char -> IO ()
check2 name x = rnf2 x `seq` putStrLn (name ++ " rnf2 " ++ show (liftRnf2 rnf rnf x))

{-# NOINLINE quiet #-}
quiet :: NFData a => String -> a -> IO ()
quiet name x = rnf x `seq` putStrLn (name ++ " forced")

tellStack :: HasCallStack => IO ()
tellStack = quiet "CallStack" callStack

main :: IO ()
main = do
  check "CChar" (1 :: CChar) >> check "CSChar" (2 :: CSChar) >> check "CUChar" (3 :: CUChar) >> check "CShort" (4 :: CShort) >> check "CUShort" (5 :: CUShort)
  check "CUInt" (6 :: CUInt) >> check "CULong" (7 :: CULong) >> check "CLLong" (8 :: CLLong) >> check "CULLong" (9 :: CULLong) >> check "CPtrdiff" (10 :: CPtrdiff)
  check "CWchar" (11 :: CWchar) >> check "CSigAtomic" (12 :: CSigAtomic) >> check "CBool" (1 :: CBool) >> check "CIntPtr" (13 :: CIntPtr) >> check "CUIntPtr" (14 :: CUIntPtr)
  check "CIntMax" (15 :: CIntMax) >> check "CUIntMax" (16 :: CUIntMax) >> check "CClock" (17 :: CClock) >> check "CTime" (18 :: CTime) >> check "CUSeconds" (19 :: CUSeconds)
  check "CSUSeconds" (20 :: CSUSeconds) >> check "CFloat" (1.5 :: CFloat) >> check "CDouble" (2.5 :: CDouble) >> check "CInt" (21 :: CInt) >> check "CLong" (22 :: CLong) >> check "CSize" (23 :: CSize)
  check "Complex" (1.5 :+ (-2) :: Complex Double) >> check "Ratio" (3 % 4 :: Rational) >> check "Fixed" (3.25 :: Centi) >> check "Natural" (7 :: Natural) >> check "Version" (makeVersion [1, 2])
  check "Maybe" (Just [1 :: Int]) >> check "Either" (Left 'x' :: Either Char Int) >> check "NonEmpty" ('a' :| "bc") >> check "Down" (Down 'd') >> check "Proxy" (Proxy :: Proxy Int)
  check "Identity" (Identity "i") >> check "Const" (Const 'c' :: Const Char Int) >> check "Compose" (Compose (Just [1 :: Int])) >> check "Product" (P.Pair (Just 'p') "q") >> check "Sum" (S.InL (Just 'l') :: S.Sum Maybe [] Char)
  check "Dual" (Dual "d") >> check "Sum" (Sum (1 :: Int)) >> check "Product" (Product (2 :: Int)) >> check "First" (First (Just 'f')) >> check "Last" (Last (Just 'l')) >> check "Any" (Any True) >> check "All" (All False)
  check "Min" (Sg.Min 'm') >> check "Max" (Sg.Max 'x') >> check "SgFirst" (Sg.First 'f') >> check "SgLast" (Sg.Last 'l') >> check "Arg" (Sg.Arg 1 'a' :: Sg.Arg Int Char) >> check "WrapMonoid" (Sg.WrapMonoid "w")
  check "ZipList" (ZipList "zl") >> check "Array" (listArray (0, 2) "arr" :: Array Int Char) >> check "MaskingState" [Unmasked, MaskedInterruptible, MaskedUninterruptible] >> check "tuple" ((1 :: Int, 'a'), ("b", True, ()), [LT, GT])
  check "Fingerprint" (fingerprintString "hello") >> check "Refl" (Refl :: Int :~: Int) >> check "HRefl" (HRefl :: Int :~~: Int) >> check "TypeRep" (typeRep (Proxy :: Proxy (Maybe Int))) >> check "SomeTypeRep" (someTypeRep (Proxy :: Proxy Bool))
  check "TyCon" (typeRepTyCon (typeOf 'c')) >> check "Ptr" (nullPtr :: Ptr Int) >> check "FunPtr" (nullFunPtr :: FunPtr (IO ())) >> check "Endo-less unit" ()
  tellStack
  u <- newUnique
  quiet "Unique" u
  r <- newIORef 'r'
  quiet "IORef" r
  mv <- newMVar 'm'
  quiet "MVar" mv
  sn <- makeStableName 'n'
  quiet "StableName" sn
  print (runST (newSTRef 's' >>= \ref -> return (rnf ref)))
  quiet "function" (\x -> x + 1 :: Int)
  check1 "Maybe" (Just 1) >> check1 "list" [1, 2] >> check1 "Either" (Right 3 :: Either Char Int) >> check1 "NonEmpty" (4 :| [5]) >> check1 "Identity" (Identity 6) >> check1 "Down" (Down 7)
  check1 "Proxy" Proxy >> check1 "pair" ('p', 8) >> check1 "Const" (Const 'c') >> check1 "Compose" (Compose [Just 9]) >> check1 "Product" (P.Pair (Just 10) [11]) >> check1 "Sum" (S.InR [12] :: S.Sum Maybe [] Int)
  check1 "Dual" (Dual 13) >> check1 "Sum" (Sum 14) >> check1 "Product" (Product 15) >> check1 "First" (First (Just 16)) >> check1 "Last" (Last (Just 17)) >> check1 "Min" (Sg.Min 18) >> check1 "Max" (Sg.Max 19)
  check1 "SgFirst" (Sg.First 20) >> check1 "SgLast" (Sg.Last 21) >> check1 "Arg" (Sg.Arg 'a' 22) >> check1 "ZipList" (ZipList [23]) >> check1 "Array" (listArray (0, 1) [24, 25] :: Array Int Int)
  check2 "Either" (Left 1) >> check2 "pair" (1, 'a') >> check2 "Const" (Const 2) >> check2 "Arg" (Sg.Arg 3 'b') >> check2 "triple" (('t', 4, 'c') `seq` (5, 'c'))
  print (rnf (Just 'x'), liftRnf rnf [Just 'a'], liftRnf2 rnf rnf (Left 1 :: Either Int Char), rwhnf 'w', ((+ 1) <$!!> (Just 1 :: Maybe Int)) `seq` (), rnf ((,,) 1 'x' "y" :: (Int, Char, String)))
  print (rnf ((1, 2, 3, 4) :: (Int, Int, Int, Int)), rnf ((1, 2, 3, 4, 5, 6, 7, 8, 9) :: (Int, Int, Int, Int, Int, Int, Int, Int, Int)), rnf2 (1 :: Int, 'x'), rnf1 ((), (), 'k'), rnf1 ((), (), (), 'k'), rnf1 ((), (), (), (), 'k'))
