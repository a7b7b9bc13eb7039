-- StorableArray: writes through withStorableArray's Ptr (poke/pokeElemOff)
-- are seen by readArray, writeArray's are seen by peek; bounds, elements,
-- freeze/thaw to and from immutable arrays, newListArray, touchStorableArray.
import Data.Array.Storable
import Data.Array (Array)
import qualified Data.Array as A
import Data.Array.Unboxed (UArray)
import qualified Data.Array.Unboxed as U
import Foreign.Ptr
import Foreign.Storable
import Data.Word (Word8)

main :: IO ()
main = do
  arr <- newArray (1, 5) 0 :: IO (StorableArray Int Int)
  getBounds arr >>= print
  getElems arr >>= print
  withStorableArray arr $ \p -> do
    poke p 10
    pokeElemOff p 2 30
    pokeByteOff p (4 * sizeOf (0 :: Int)) (50 :: Int)
  getElems arr >>= print
  writeArray arr 2 20
  writeArray arr 4 40
  xs <- withStorableArray arr $ \p -> mapM (peekElemOff p) [0 .. 4]
  print xs
  readArray arr 3 >>= print
  touchStorableArray arr
  -- freeze into boxed and unboxed immutable arrays
  frozen <- freeze arr :: IO (Array Int Int)
  print frozen
  ufrozen <- freeze arr :: IO (UArray Int Int)
  print (U.bounds ufrozen, U.elems ufrozen)
  -- later writes do not reach the frozen copy
  writeArray arr 1 (-1)
  print (frozen A.! 1)
  readArray arr 1 >>= print
  -- thaw an immutable array into a StorableArray
  let src = A.listArray ((0, 0), (1, 2)) "abcdef" :: Array (Int, Int) Char
  m <- thaw src :: IO (StorableArray (Int, Int) Char)
  getBounds m >>= print
  writeArray m (1, 0) 'X'
  s <- withStorableArray m $ \p -> mapM (peekElemOff p) [0 .. 5]
  putStrLn s
  getAssocs m >>= print
  -- bytes: Word8 elements, castPtr to look at them as one Word32
  w <- newListArray (0, 3) [1, 2, 3, 4] :: IO (StorableArray Int Word8)
  getElems w >>= print
  n <- withStorableArray w $ \p -> peek (castPtr p) :: IO Word8
  print n
  withStorableArray w $ \p -> pokeElemOff p 3 (255 :: Word8)
  getElems w >>= print
  -- Doubles, modified in place
  d <- newListArray (10, 13) [0.5, 1.5, 2.5, 3.5] :: IO (StorableArray Int Double)
  mapM_ (\i -> readArray d i >>= writeArray d i . (* 2)) [10 .. 13]
  ds <- withStorableArray d $ \p -> mapM (peekElemOff p) [0 .. 3]
  print (ds :: [Double])
  dm <- mapArray (+ 1) d
  getElems dm >>= print
  -- an empty array
  e <- newArray (1, 0) 'z' :: IO (StorableArray Int Char)
  getBounds e >>= print
  getElems e >>= print
