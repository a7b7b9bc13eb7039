{-# OPTIONS_GHC -Wno-deprecations #-}
-- unix: the clock (epochTime) against file times and time's clock,
-- sleeping, uname, resource limits: relations, not values.
import Data.Time.Clock.POSIX (getPOSIXTime)
import System.Posix.Files
import System.Posix.Time
import System.Posix.Unistd
import System.Posix.Resource
import System.Posix.Types

main :: IO ()
main = do
  t0 <- epochTime
  p <- getPOSIXTime
  print (t0 > 1600000000, abs (realToFrac t0 - p) < 5)
  writeFile "f" "x"
  st <- getFileStatus "f"
  print (abs (modificationTime st - t0) <= 2)
  touchFile "f"
  st2 <- getFileStatus "f"
  print (modificationTime st2 >= modificationTime st)
  print (modificationTimeHiRes st2 >= modificationTimeHiRes st)
  setFileTimes "f" 86400 (86400 * 365)
  st3 <- getFileStatus "f"
  print (accessTime st3, modificationTime st3, accessTimeHiRes st3)
  print (modificationTime st3 + 1, fromEnum (modificationTime st3))
  usleep 2000
  n <- sleep 0
  print n
  t1 <- epochTime
  print (t1 >= t0)
  sys <- getSystemID
  print (systemName sys, null (nodeName sys), null (release sys), null (machine sys))
  cpu <- getResourceLimit ResourceCPUTime
  print (softLimit cpu == hardLimit cpu || hardLimit cpu == ResourceLimitInfinity || softLimit cpu /= ResourceLimitInfinity)
  stack <- getResourceLimit ResourceStackSize
  print (softLimit stack /= ResourceLimitUnknown)
  print (ResourceLimit 5 == ResourceLimit 5, ResourceLimitInfinity == ResourceLimitUnknown)
