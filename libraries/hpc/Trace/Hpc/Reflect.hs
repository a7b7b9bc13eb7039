-- Trace.Hpc.Reflect (hpc-0.6.1.0), clean-room: the running program's own
-- tick counters. hs2stg runs programs GHC compiled without -fhpc, which
-- have no ticked modules: as in such a GHC-built program, examineTix
-- answers no modules, clearTix does nothing, and updateTix accepts only
-- as many modules as there are (none), failing otherwise with the
-- package's error text and call stack.
module Trace.Hpc.Reflect
  ( clearTix, examineTix, updateTix
  , zz_modInfo, zz_clearTix2, zz_examineTix2, zz_zdwupdateTix
  ) where

import Control.Exception (ErrorCall (..), throw)
import Data.Word (Word32, Word64)
import Foreign.Ptr (Ptr)
import Trace.Hpc.Util (Hash)
import Trace.Hpc.Tix

-- A ticked module's name, tick count, hash and counters (the package's
-- record, which its -O1 code passes around): a program without -fhpc has
-- none.
data ModuleInfo = ModuleInfo String Word32 Hash (Ptr Word64)

zz_modInfo :: [ModuleInfo]
zz_modInfo = []

clearTix :: IO ()
clearTix = zz_clearTix2 zz_modInfo

examineTix :: IO Tix
examineTix = fmap Tix (zz_examineTix2 zz_modInfo)

-- Over the program's modules (none: the loops have nothing to do).
zz_clearTix2 :: [ModuleInfo] -> IO ()
zz_clearTix2 _ = return ()

zz_examineTix2 :: [ModuleInfo] -> IO [TixModule]
zz_examineTix2 _ = return []

updateTix :: Tix -> IO ()
updateTix (Tix modules) = zz_zdwupdateTix modules

-- (the package's worker, which -O1 code calls with the modules)
zz_zdwupdateTix :: [TixModule] -> IO ()
zz_zdwupdateTix modules
  | length modules == length zz_modInfo = return ()
  | otherwise =
      throw
        ( ErrorCallWithLocation
            "updateTix failed"
            "CallStack (from HasCallStack):\n  error, called at libraries/hpc/Trace/Hpc/Reflect.hsc:67:41 in hpc-0.6.1.0:Trace.Hpc.Reflect"
        )
