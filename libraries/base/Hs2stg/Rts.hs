{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Functions of hand-written prelude modules that meet the RTS (GHC.Weak,
-- GHC.Conc.Sync), written in Haskell from their documentation and
-- observed behaviour; `<Module>+Rts.stg` files give each its GHC name. A
-- module of our own (hs2stg's), compiled into preludes/base/Hs2stg.Rts.stg
-- by scripts/gen-library-preludes.mjs.
module Hs2stg.Rts
  ( runFinalizerBatch,
    sharedCAF,
  )
where

import Control.Exception (SomeException, catch, mask_)
import GHC.Exts
import GHC.IO (IO (..))
import GHC.Ptr (Ptr, castPtr)
import GHC.Stable

-- The finalizers of a batch the RTS hands over, the last first (observed),
-- each on its own: an exception one raises is dropped.
runFinalizerBatch :: Int -> Array# (State# RealWorld -> State# RealWorld) -> IO ()
runFinalizerBatch (I# n) arr = go n
  where
    go 0# = return ()
    go k = do
      let i = k -# 1#
      case indexArray# arr i of
        (# f #) -> IO (\s -> (# f s, () #)) `catch` \e -> const (return ()) (e :: SomeException)
      go i

-- A CAF shared between copies of the RTS: `getOrSet` is given the address
-- of a new stable pointer to the value and answers the one to use (the
-- same address: this value; another: the value that stable pointer holds).
sharedCAF :: a -> (Ptr a -> IO (Ptr a)) -> IO a
sharedCAF a getOrSet = mask_ $ do
  sp <- newStablePtr a
  let ref = castPtr (castStablePtrToPtr sp)
  ref2 <- getOrSet ref
  if ref == ref2
    then return a
    else do
      freeStablePtr sp
      deRefStablePtr (castPtrToStablePtr (castPtr ref2))
