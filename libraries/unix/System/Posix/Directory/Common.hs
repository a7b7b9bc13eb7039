-- | unix-2.7.2.2's System.Posix.Directory.Common (clean-room, hs2stg):
-- directory streams. The machine has no DIR*: a stream is a key into a
-- table of the run's own holding the entries read when it was opened
-- ("." and ".." first, then the names in Node's (sorted) order; the C
-- library's readdir order is the file system's, so programs that print
-- entries should sort them).
module System.Posix.Directory.Common
  ( DirStream (..)
  , CDir
  , CDirent
  , DirStreamOffset (..)
  , openStream
  , readStream
  , closeDirStream
  , rewindDirStream
  , tellDirStream
  , seekDirStream
  ) where

import Data.IORef (IORef, atomicModifyIORef, newIORef, readIORef)
import Foreign.Ptr (Ptr, minusPtr, nullPtr, plusPtr)
import System.IO.Unsafe (unsafePerformIO)
import System.Posix.Types (COff (..))

data CDir
data CDirent

newtype DirStream = DirStream (Ptr CDir)

newtype DirStreamOffset = DirStreamOffset COff

-- | Open streams: key, (entries, position), and the next key.
streams :: IORef (Int, [(Int, ([String], Int))])
streams = unsafePerformIO (newIORef (1, []))
{-# NOINLINE streams #-}

keyOf :: DirStream -> Int
keyOf (DirStream p) = p `minusPtr` nullPtr

openStream :: [String] -> IO DirStream
openStream names =
  atomicModifyIORef streams $ \(k, ss) ->
    ((k + 1, (k, ("." : ".." : names, 0)) : ss), DirStream (nullPtr `plusPtr` k))

update :: DirStream -> (([String], Int) -> (([String], Int), a)) -> IO a
update d f = atomicModifyIORef streams $ \(k, ss) ->
  case lookup (keyOf d) ss of
    Nothing -> ((k, ss), snd (f ([], 0)))
    Just st ->
      let (st', r) = f st
       in ((k, (keyOf d, st') : filter ((/= keyOf d) . fst) ss), r)

-- | The next name, "" at the end (as unix's readDirStream).
readStream :: DirStream -> IO String
readStream d = update d $ \(ns, i) ->
  if i < length ns then ((ns, i + 1), ns !! i) else ((ns, i), "")

closeDirStream :: DirStream -> IO ()
closeDirStream d = atomicModifyIORef streams $ \(k, ss) -> ((k, filter ((/= keyOf d) . fst) ss), ())

rewindDirStream :: DirStream -> IO ()
rewindDirStream d = update d $ \(ns, _) -> ((ns, 0), ())

tellDirStream :: DirStream -> IO DirStreamOffset
tellDirStream d = update d $ \(ns, i) -> ((ns, i), DirStreamOffset (fromIntegral i))

seekDirStream :: DirStream -> DirStreamOffset -> IO ()
seekDirStream d (DirStreamOffset o) = update d $ \(ns, _) -> ((ns, fromIntegral o), ())
