-- GHC.Stack's pure pieces: prettyCallStack of empty stacks, popCallStack's
-- error, errorWithStackTrace without profiling, Show SrcLoc at precedence 11.
{-# OPTIONS_GHC -Wno-deprecations #-}
import GHC.Stack
import Control.Exception
main :: IO ()
main = do
  print (prettyCallStack emptyCallStack)
  print (prettyCallStack (fromCallSiteList []))
  r <- try (evaluate (length (show (getCallStack (popCallStack emptyCallStack))))) :: IO (Either ErrorCall Int)
  print r
  r2 <- try (evaluate (length (errorWithStackTrace "ews" :: String))) :: IO (Either ErrorCall Int)
  print r2
  print (showsPrec 11 (SrcLoc "p" "M" "f.hs" 1 2 3 4) "")
