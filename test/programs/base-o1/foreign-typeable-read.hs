{-# LANGUAGE TypeOperators #-}
-- -O1 code of Foreign.Marshal.Array/Utils/Pool (allocaArray, withArray,
-- peekArray0, pokeArray0, newArray, copyArray, moveArray, advancePtr,
-- reallocArray, with, new, pools), Data.Typeable's splitting
-- (typeRepArgs, splitTyConApp, funResultTy, typeOf of applied types),
-- Data.Dynamic, and Read of fixed-point and other numbers (Data.Fixed,
-- Ratio, Double, hex/octal), Read1 of Maybe.
import Foreign.Marshal.Array
import Foreign.Marshal.Alloc
import Foreign.Marshal.Utils
import Foreign.Marshal.Pool
import Foreign.Storable
import Foreign.Ptr
import Data.Int (Int16)
import Data.Word (Word8)
import Data.Typeable
import Data.Dynamic
import Data.Fixed
import Data.Ratio
import Data.Functor.Classes (readsPrec1, showsPrec1)
import Data.Functor.Identity
import qualified Data.Map as Map
import Numeric (showHFloat, readHex, showFFloat)

main :: IO ()
main = do
  -- Foreign arrays
  xs <- withArray [1, 2, 3, 4 :: Int] $ \p -> do
    pokeElemOff p 1 20
    peekArray 4 p
  print xs
  ys <- withArrayLen "hello" $ \n p -> (,) n <$> peekArray n p
  print ys
  zs <- allocaArray 5 $ \p -> do
    pokeArray0 (0 :: Word8) p [7, 8, 9]
    peekArray0 0 p
  print zs
  p <- newArray [10, 20, 30 :: Int16]
  q <- mallocArray 3
  copyArray q p 3
  moveArray (advancePtr q 1) q 2
  r <- peekArray 3 q
  p' <- reallocArray p 6
  pokeArray (advancePtr p' 3) [40, 50, 60]
  s <- peekArray 6 p'
  print (r, s, lengthArray0 (0 :: Int16) p' `seq` ())
  free p'
  free q
  c <- callocArray 4 :: IO (Ptr Int)
  peekArray 4 c >>= print
  free c
  v <- with (42 :: Int) peek
  n <- new 'x'
  nv <- peek n
  free n
  print (v, nv)
  pooled <- withPool $ \pool -> do
    a <- pooledNew pool (5 :: Int)
    b <- pooledNewArray pool [1, 2, 3 :: Int]
    c0 <- pooledNewArray0 pool 0 [4, 5 :: Int]
    m <- pooledMallocArray pool 2 :: IO (Ptr Int)
    pokeArray m [8, 9]
    m' <- pooledReallocArray pool m 3
    pokeElemOff m' 2 10
    (,,,) <$> peek a <*> peekArray 3 b <*> peekArray0 0 c0 <*> peekArray 3 m'
  print pooled
  print (sizeOf (undefined :: Ptr Int), alignment (nullPtr :: Ptr ()), nullPtr `plusPtr` 8 == (nullPtr :: Ptr ()))
  -- Typeable
  let t = typeOf (Just [Left 'c' :: Either Char Int])
  print t
  print (typeRepArgs t, typeRepTyCon t)
  print (splitTyConApp (typeOf (Map.empty :: Map.Map String (Maybe Bool))))
  print (funResultTy (typeOf not) (typeOf True), funResultTy (typeOf not) (typeOf 'c'))
  print (typeOf (undefined :: Int -> Maybe [Double]), typeRep (Proxy :: Proxy (Either Int)))
  print (typeOf ((), (1 :: Int, 'x', "s")), typeRepArgs (typeOf (Just (Just ()))))
  print (eqT :: Maybe (Int :~: Int), cast 'x' :: Maybe Char, cast 'x' :: Maybe Int)
  print (typeRepFingerprint (typeOf 'a') == typeRepFingerprint (typeOf 'b'))
  let d = toDyn (3 :: Int)
  print (d, fromDynamic d :: Maybe Int, fromDynamic d :: Maybe Bool, dynTypeRep d)
  print (fmap (`fromDyn` (0 :: Int)) (dynApply (toDyn ((+ 1) :: Int -> Int)) d))
  -- Read of numbers
  print (read "3.25" :: Centi, read "-0.125" :: Milli, read "12" :: Deci)
  print (read "1.23456789" :: Pico, reads "7.5e-1" :: [(Micro, String)], reads "1.5" :: [(Fixed E0, String)])
  print (reads "2.5 rest" :: [(Uni, String)])
  print (read " ( 4 % 6 ) " :: Rational, read "[1.5e3,-2.0e-2,0.1]" :: [Double])
  print (read "0x1F" :: Int, read "0o17" :: Integer, read "1e3" :: Double, read "Infinity" :: Double)
  print (fst (head (readHex "ff" :: [(Int, String)])), showHFloat (1.5 :: Double) "", showFFloat (Just 3) (2.0 / 3 :: Double) "")
  print (readsPrec1 0 "Just 5" :: [(Maybe Int, String)])
  print (readsPrec1 11 "(Identity 'q')" :: [(Identity Char, String)])
  putStrLn (showsPrec1 11 (Just (3 :: Int)) "")
  print (read "(1,'a',\"s\",[True])" :: (Int, Char, String, [Bool]))
  print (mod' (7.5 :: Double) 2, divMod' (-7 :: Double) 2 :: (Int, Double), 5.123 :: Fixed E2)
