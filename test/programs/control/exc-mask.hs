-- Masking in a single thread: getMaskingState inside mask, mask_,
-- uninterruptibleMask(_), restore; interruptible; throwTo to myself.
import Control.Exception
import Control.Concurrent (myThreadId)

main :: IO ()
main = do
  getMaskingState >>= print
  mask_ (getMaskingState >>= print)
  uninterruptibleMask_ (getMaskingState >>= print)
  r <- mask $ \restore -> do
    s1 <- getMaskingState
    s2 <- restore getMaskingState
    s3 <- uninterruptibleMask $ \restore2 -> do
      a <- getMaskingState
      b <- restore2 getMaskingState
      return (a, b)
    return (s1, s2, s3)
  print r
  getMaskingState >>= print
  s4 <- mask_ (interruptible getMaskingState)
  print s4
  print (Unmasked == Unmasked, MaskedInterruptible /= MaskedUninterruptible)
  print [Unmasked, MaskedInterruptible, MaskedUninterruptible]
  -- an exception inside mask leaves the state restored
  r2 <- try (mask_ (throwIO (ErrorCall "masked")))
  print (r2 :: Either ErrorCall ())
  getMaskingState >>= print
  -- bracket runs its acquire masked
  bracket (getMaskingState) (\s -> print ("release", s)) (\s -> print ("acquired", s) >> getMaskingState >>= print)
  -- throwTo the current thread
  tid <- myThreadId
  r3 <- try (throwTo tid (ErrorCall "to myself"))
  print (r3 :: Either ErrorCall ())
  r4 <- try (throwTo tid ThreadKilled)
  print (r4 :: Either AsyncException ())
  putStrLn "done"
