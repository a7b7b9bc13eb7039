{-# LANGUAGE OverloadedStrings #-}
-- unix names no other program of ours runs: signal numbers and their
-- long names, file mode bits, open flags, the ByteString variants of
-- files, directories, environment and temporary files, path helpers,
-- the dynamic linker's Show/Read, resource and advice equality, users'
-- and groups' other fields.
import System.Posix.Signals
import System.Posix.Signals.Exts
import System.Posix.Files
import System.Posix.IO
import System.Posix.Unistd (getSystemID, version)
import System.Posix.User
import System.Posix.Resource
import System.Posix.Fcntl (Advice (..))
import System.Posix.DynamicLinker.Prim (DL (..), RTLDFlags (..))
import System.Posix.Error (throwErrnoPathIfNullRetry)
import qualified System.Posix.ByteString.FilePath as BF
import qualified System.Posix.Files.ByteString as BFiles
import qualified System.Posix.Directory.ByteString as BDir
import qualified System.Posix.Env.ByteString as BEnv
import qualified System.Posix.Temp.ByteString as BTemp
import System.Posix.Directory (openDirStream, readDirStream, closeDirStream, tellDirStream, seekDirStream)
import qualified Data.ByteString.Char8 as B
import Foreign.Ptr (nullPtr, castPtr)
import Foreign.C.String (newCString)
import Control.Exception
import Data.List (sort, isSuffixOf)
import System.IO (hClose)

main :: IO ()
main = do
  print [backgroundRead, backgroundWrite, badSystemCall, breakpointTrap, busError, continueProcess, cpuTimeLimitExceeded, fileSizeLimitExceeded, floatingPointException, illegalInstruction, internalAbort, keyboardStop, keyboardTermination, killProcess, lostConnection, openEndedPipe, pollableEvent, processStatusChanged, profilingTimerExpired, realTimeAlarm, segmentationViolation, softwareStop, urgentDataAvailable, userDefinedSignal1, userDefinedSignal2, virtualTimerExpired]
  print [sigABRT, sigBUS, sigFPE, sigILL, sigPOLL, sigPROF, sigQUIT, sigTRAP, sigTTIN, sigTTOU, sigVTALRM, sigXCPU, sigXFSZ, sigWINCH, windowChange, sigINFO, infoEvent]
  print [groupExecuteMode, groupModes, nullFileMode, otherModes, otherReadMode, otherWriteMode, ownerExecuteMode, ownerWriteMode, setGroupIDMode, setUserIDMode]
  let flags = defaultFileFlags {append = True, exclusive = True, noctty = True, nonBlock = True, trunc = True}
  print (map ($ flags) [append, exclusive, noctty, nonBlock, trunc], map ($ defaultFileFlags) [append, exclusive, noctty, nonBlock, trunc])
  writeFile "f.txt" "hello"
  fd <- openFd "f.txt" ReadWrite Nothing defaultFileFlags {append = True}
  mapM (queryFdOption fd) [AppendOnWrite, CloseOnExec, NonBlockingRead] >>= print
  closeFd fd
  st <- getFileStatus "f.txt"
  print (specialDeviceID st, statusChangeTimeHiRes st >= 0)
  dev <- getFileStatus "/dev/null"
  print (specialDeviceID dev, isCharacterDevice dev)
  -- ByteString paths
  BFiles.createLink "f.txt" "g.txt"
  BFiles.fileAccess "g.txt" True True False >>= print
  BFiles.setFileMode "g.txt" (ownerReadMode `unionFileModes` ownerWriteMode)
  BFiles.setFileSize "g.txt" 3
  readFile "f.txt" >>= putStrLn
  BFiles.setFileTimes "g.txt" 1000000 2000000
  BFiles.touchFile "f.txt"
  createSymbolicLink "f.txt" "s.txt"
  ls <- BFiles.getSymbolicLinkStatus "s.txt"
  print (isSymbolicLink ls, fileMode st `intersectFileModes` ownerModes)
  ds <- BDir.openDirStream "."
  let readAll acc = do
        e <- BDir.readDirStream ds
        if B.null e then return acc else readAll (e : acc)
  names <- readAll []
  print (sort names)
  BDir.closeDirStream ds
  d2 <- openDirStream "."
  pos <- tellDirStream d2
  first <- readDirStream d2
  _ <- readDirStream d2
  seekDirStream d2 pos
  again <- readDirStream d2
  print (first == again)
  closeDirStream d2
  BEnv.putEnv "HS2STG_K=v1"
  env <- BEnv.getEnvironment
  print (lookup "HS2STG_K" env)
  envp <- BEnv.getEnvironmentPrim
  print (filter ("HS2STG_K=" `B.isPrefixOf`) envp)
  (path, h) <- BTemp.mkstemps "tmpXXX" ".dat"
  print (".dat" `isSuffixOf` B.unpack path, B.length path)
  hClose h
  removeLink (B.unpack path)
  -- path helpers
  BF.withFilePath "some/path" BF.peekFilePath >>= print
  BF.withFilePath "abcdef" (\p -> BF.peekFilePathLen (p, 3)) >>= print
  r <- try (BF.throwErrnoPathIfMinus1 "loc" "p" (return (7 :: Int)))
  print (either (\e -> show (e :: IOException)) show r)
  r2 <- try (BF.throwErrnoPathIfMinus1_ "loc" "p" (return (0 :: Int)))
  print (either (\e -> show (e :: IOException)) show r2)
  mapM_ (\act -> try act >>= \x -> print (either (\e -> "err " ++ show (e :: IOException)) (const "ok") x))
    [ BF.throwErrnoPathIf (< 0) "l" "p" (return (1 :: Int)) >> return ()
    , BF.throwErrnoPathIf_ (< 0) "l" "p" (return (1 :: Int))
    , BF.throwErrnoPathIfMinus1Retry "l" "p" (return (2 :: Int)) >> return ()
    , BF.throwErrnoPathIfMinus1Retry_ "l" "p" (return (2 :: Int))
    ]
  cs <- newCString "x"
  p1 <- BF.throwErrnoPathIfNull "l" "p" (return cs)
  p2 <- BF.throwErrnoPathIfNullRetry "l" "p" (return cs)
  p3 <- throwErrnoPathIfNullRetry "l" "p" (return cs)
  print (p1 == cs, p2 == cs, p3 == cs)
  -- Show/Read/Eq
  print (Null, DLHandle nullPtr, [RTLD_LAZY, RTLD_NOW, RTLD_GLOBAL, RTLD_LOCAL])
  print (read "[RTLD_NOW,RTLD_LOCAL]" :: [RTLDFlags])
  print (ResourceCPUTime == ResourceCPUTime, ResourceCoreFileSize == ResourceStackSize)
  print (ResourceLimits ResourceLimitInfinity (ResourceLimit 5) == ResourceLimits ResourceLimitInfinity (ResourceLimit 5), ResourceLimits ResourceLimitUnknown ResourceLimitInfinity == ResourceLimits ResourceLimitInfinity ResourceLimitInfinity)
  print (AdviceNormal == AdviceNormal, AdviceRandom == AdviceSequential)
  sid <- getSystemID
  print (not (null (version sid)))
  gs <- getGroups
  print (length gs >= 0)
  root <- getUserEntryForID 0
  print (userGecos root, userPassword root, userShell root)
  g <- getGroupEntryForID 0
  print (groupPassword g, groupMembers g)
