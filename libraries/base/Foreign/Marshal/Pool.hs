{-# LANGUAGE MagicHash #-}
-- Clean-room Foreign.Marshal.Pool (base-4.15.1), written from its
-- documentation: a pool remembers the blocks allocated in it (malloc'd)
-- and frees them all at once (freePool, or when withPool's action ends,
-- also by an exception). Compiled into preludes/base/Foreign.Marshal.Pool.stg
-- by scripts/gen-library-preludes.mjs.
module Foreign.Marshal.Pool
  ( Pool,
    newPool,
    freePool,
    withPool,
    pooledMalloc,
    pooledMallocBytes,
    pooledRealloc,
    pooledReallocBytes,
    pooledMallocArray,
    pooledMallocArray0,
    pooledReallocArray,
    pooledReallocArray0,
    pooledNew,
    pooledNewArray,
    pooledNewArray0,
    -- internals -O1 code calls: freeing a pool's list, the workers of
    -- pooledReallocBytes (on the IORef's MutVar#) and pooledNewArray0 (on
    -- Storable's sizeOf and pokeElemOff)
    zz_freePool2,
    zz_zdwpooledReallocBytes,
    zz_zdwpooledNewArray0,
  )
where

import GHC.Exts (MutVar#, RealWorld)
import GHC.IORef (IORef (..))
import GHC.STRef (STRef (..))

import Control.Exception (ErrorCall (ErrorCallWithLocation), onException, throw)
import Data.IORef
import Foreign.Marshal.Alloc (free, mallocBytes, reallocBytes)
import Foreign.Marshal.Array (pokeArray, pokeArray0)
import Foreign.Ptr (Ptr, castPtr)
import Foreign.Storable (Storable (..))

newtype Pool = Pool (IORef [Ptr ()])

newPool :: IO Pool
newPool = fmap Pool (newIORef [])

freePool :: Pool -> IO ()
freePool (Pool ref) = readIORef ref >>= mapM_ free

withPool :: (Pool -> IO b) -> IO b
withPool act = do
  pool <- newPool
  r <- act pool `onException` freePool pool
  freePool pool
  return r

pooledMalloc :: Storable a => Pool -> IO (Ptr a)
pooledMalloc pool = mallocOf (baseUndefined "106:53")
  where
    mallocOf :: Storable a => a -> IO (Ptr a)
    mallocOf dummy = pooledMallocBytes pool (sizeOf dummy)

pooledMallocBytes :: Pool -> Int -> IO (Ptr a)
pooledMallocBytes (Pool ref) size = do
  p <- mallocBytes size
  modifyIORef ref (p :)
  return (castPtr p)

pooledRealloc :: Storable a => Pool -> Ptr a -> IO (Ptr a)
pooledRealloc pool ptr = reallocOf (baseUndefined "121:63") ptr
  where
    reallocOf :: Storable a => a -> Ptr a -> IO (Ptr a)
    reallocOf dummy p = pooledReallocBytes pool p (sizeOf dummy)

pooledReallocBytes :: Pool -> Ptr a -> Int -> IO (Ptr a)
pooledReallocBytes (Pool ref) ptr size = do
  let old = castPtr ptr
  ptrs <- readIORef ref
  if old `elem` ptrs
    then return ()
    else ioError (userError "pointer not in pool")
  new <- reallocBytes old size
  writeIORef ref (new : filter (/= old) ptrs)
  return (castPtr new)

pooledMallocArray :: Storable a => Pool -> Int -> IO (Ptr a)
pooledMallocArray pool n = arrayOf (baseUndefined "139:44")
  where
    arrayOf :: Storable a => a -> IO (Ptr a)
    arrayOf dummy = pooledMallocBytes pool (n * sizeOf dummy)

pooledMallocArray0 :: Storable a => Pool -> Int -> IO (Ptr a)
pooledMallocArray0 pool n = pooledMallocArray pool (n + 1)

pooledReallocArray :: Storable a => Pool -> Ptr a -> Int -> IO (Ptr a)
pooledReallocArray pool ptr n = arrayOf (baseUndefined "152:49") ptr
  where
    arrayOf :: Storable a => a -> Ptr a -> IO (Ptr a)
    arrayOf dummy p = pooledReallocBytes pool p (n * sizeOf dummy)

pooledReallocArray0 :: Storable a => Pool -> Ptr a -> Int -> IO (Ptr a)
pooledReallocArray0 pool ptr n = pooledReallocArray pool ptr (n + 1)

pooledNew :: Storable a => Pool -> a -> IO (Ptr a)
pooledNew pool v = do
  p <- pooledMalloc pool
  poke p v
  return p

pooledNewArray :: Storable a => Pool -> [a] -> IO (Ptr a)
pooledNewArray pool vs = do
  p <- pooledMallocArray pool (length vs)
  pokeArray p vs
  return p

pooledNewArray0 :: Storable a => Pool -> a -> [a] -> IO (Ptr a)
pooledNewArray0 pool end vs = do
  p <- pooledMallocArray0 pool (length vs)
  pokeArray0 end p vs
  return p

zz_freePool2 :: [Ptr ()] -> IO ()
zz_freePool2 = mapM_ free

zz_zdwpooledReallocBytes :: MutVar# RealWorld [Ptr ()] -> Ptr a -> Int -> IO (Ptr a)
zz_zdwpooledReallocBytes var = pooledReallocBytes (Pool (IORef (STRef var)))

zz_zdwpooledNewArray0 :: (a -> Int) -> (Ptr a -> Int -> a -> IO ()) -> Pool -> a -> [a] -> IO (Ptr a)
zz_zdwpooledNewArray0 size pokeAt pool end vs = do
  p <- pooledMallocBytes pool ((length vs + 1) * size end)
  mapM_ (\(i, v) -> pokeAt p i v) (zip [0 ..] (vs ++ [end]))
  return p

-- The element placeholder given to sizeOf: GHC's `undefined` at its call
-- site (line:column) in base's Foreign/Marshal/Pool.hs, as GHC's binary
-- reports it when a sizeOf forces it (observed); the -O1 names of these
-- placeholders (pooledMalloc1, ...) are Foreign.Marshal.Pool+Opaque.stg's.
baseUndefined :: String -> a
baseUndefined site =
  throw
    ( ErrorCallWithLocation
        "Prelude.undefined"
        ( "CallStack (from HasCallStack):\n\
          \  error, called at libraries/base/GHC/Err.hs:75:14 in base:GHC.Err\n\
          \  undefined, called at libraries/base/Foreign/Marshal/Pool.hs:"
            ++ site
            ++ " in base:Foreign.Marshal.Pool"
        )
    )
