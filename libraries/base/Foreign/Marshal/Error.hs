{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Clean-room Foreign.Marshal.Error (base-4.15.1), written from its
-- documentation: run an action and raise a user error (built from the
-- result) when its result fails a test. Compiled into
-- preludes/base/Foreign.Marshal.Error.stg by scripts/gen-library-preludes.mjs.
module Foreign.Marshal.Error
  ( throwIf,
    throwIf_,
    throwIfNeg,
    throwIfNeg_,
    throwIfNull,
    void,
    -- internals -O1 code calls: the errors of throwIf and throwIfNull
    -- (their state token first)
    zz_throwIf2,
    zz_throwIfNull2,
  )
where

import GHC.Exts (RealWorld, State#)
import GHC.IO (IO (..), unIO)

import Foreign.Ptr (Ptr, nullPtr)

throwIf :: (a -> Bool) -> (a -> String) -> IO a -> IO a
throwIf bad message act = do
  r <- act
  if bad r then ioError (userError (message r)) else return r

throwIf_ :: (a -> Bool) -> (a -> String) -> IO a -> IO ()
throwIf_ bad message act = throwIf bad message act >> return ()

throwIfNeg :: (Ord a, Num a) => (a -> String) -> IO a -> IO a
throwIfNeg = throwIf (< 0)

throwIfNeg_ :: (Ord a, Num a) => (a -> String) -> IO a -> IO ()
throwIfNeg_ = throwIf_ (< 0)

throwIfNull :: String -> IO (Ptr a) -> IO (Ptr a)
throwIfNull message = throwIf (== nullPtr) (const message)

void :: IO a -> IO ()
void act = act >> return ()

zz_throwIf2 :: State# RealWorld -> (a -> String) -> a -> (# State# RealWorld, a #)
zz_throwIf2 s message r = unIO (ioError (userError (message r))) s

zz_throwIfNull2 :: State# RealWorld -> String -> (# State# RealWorld, Ptr a #)
zz_throwIfNull2 s message = unIO (ioError (userError message)) s
