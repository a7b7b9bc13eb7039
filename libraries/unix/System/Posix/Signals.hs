-- | unix-2.7.2.2's System.Posix.Signals (clean-room, hs2stg): signals the
-- program sends itself. The machine has no operating-system signals: a
-- handler table of the run's own stands for the process's dispositions,
-- and a raised signal runs its Catch handler in a new thread, as GHC's
-- runtime does. Signal masks and sending to other processes are refused.
module System.Posix.Signals
  ( Signal, nullSignal
  , internalAbort, sigABRT, realTimeAlarm, sigALRM, busError, sigBUS
  , processStatusChanged, sigCHLD, continueProcess, sigCONT
  , floatingPointException, sigFPE, lostConnection, sigHUP
  , illegalInstruction, sigILL, keyboardSignal, sigINT, killProcess, sigKILL
  , openEndedPipe, sigPIPE, keyboardTermination, sigQUIT
  , segmentationViolation, sigSEGV, softwareStop, sigSTOP
  , softwareTermination, sigTERM, keyboardStop, sigTSTP
  , backgroundRead, sigTTIN, backgroundWrite, sigTTOU
  , userDefinedSignal1, sigUSR1, userDefinedSignal2, sigUSR2
  , pollableEvent, sigPOLL, profilingTimerExpired, sigPROF
  , badSystemCall, sigSYS, breakpointTrap, sigTRAP
  , urgentDataAvailable, sigURG, virtualTimerExpired, sigVTALRM
  , cpuTimeLimitExceeded, sigXCPU, fileSizeLimitExceeded, sigXFSZ
  , raiseSignal, signalProcess
  , Handler (..), SignalInfo (..), SignalSpecificInfo (..)
  , installHandler
  , SignalSet, emptySignalSet, fullSignalSet, addSignal, deleteSignal, inSignalSet
    , zz_zdwinstallHandler
  ) where

import Control.Concurrent (forkIO)
import Data.Bits (clearBit, setBit, testBit)
import Data.IORef (IORef, atomicModifyIORef, newIORef, readIORef)
import Data.Word (Word64)
import Foreign.C.Error (Errno (..))
import Foreign.ForeignPtr (ForeignPtr, mallocForeignPtrBytes, withForeignPtr)
import Foreign.Storable (peekElemOff, pokeElemOff)
import Foreign.Ptr (Ptr, castPtr)
import GHC.Conc.Signal (Signal)
import System.IO.Unsafe (unsafePerformIO)
import System.Posix.Hs2stg (refuse)
import System.Posix.Internals (CSigset, c_getpid)
import System.Posix.Process.Internals (ProcessStatus)
import System.Posix.Types


nullSignal :: Signal
nullSignal = 0

sigABRT, sigALRM, sigBUS, sigCHLD, sigCONT, sigFPE, sigHUP, sigILL, sigINT,
  sigKILL, sigPIPE, sigQUIT, sigSEGV, sigSTOP, sigTERM, sigTSTP, sigTTIN,
  sigTTOU, sigUSR1, sigUSR2, sigPOLL, sigPROF, sigSYS, sigTRAP, sigURG,
  sigVTALRM, sigXCPU, sigXFSZ :: Signal
-- Linux x86-64's numbers
sigHUP = 1
sigINT = 2
sigQUIT = 3
sigILL = 4
sigTRAP = 5
sigABRT = 6
sigBUS = 7
sigFPE = 8
sigKILL = 9
sigUSR1 = 10
sigSEGV = 11
sigUSR2 = 12
sigPIPE = 13
sigALRM = 14
sigTERM = 15
sigCHLD = 17
sigCONT = 18
sigSTOP = 19
sigTSTP = 20
sigTTIN = 21
sigTTOU = 22
sigURG = 23
sigXCPU = 24
sigXFSZ = 25
sigVTALRM = 26
sigPROF = 27
sigPOLL = 29
sigSYS = 31

internalAbort, realTimeAlarm, busError, processStatusChanged, continueProcess,
  floatingPointException, lostConnection, illegalInstruction, keyboardSignal,
  killProcess, openEndedPipe, keyboardTermination, segmentationViolation,
  softwareStop, softwareTermination, keyboardStop, backgroundRead,
  backgroundWrite, userDefinedSignal1, userDefinedSignal2, pollableEvent,
  profilingTimerExpired, badSystemCall, breakpointTrap, urgentDataAvailable,
  virtualTimerExpired, cpuTimeLimitExceeded, fileSizeLimitExceeded :: Signal
internalAbort = sigABRT
realTimeAlarm = sigALRM
busError = sigBUS
processStatusChanged = sigCHLD
continueProcess = sigCONT
floatingPointException = sigFPE
lostConnection = sigHUP
illegalInstruction = sigILL
keyboardSignal = sigINT
killProcess = sigKILL
openEndedPipe = sigPIPE
keyboardTermination = sigQUIT
segmentationViolation = sigSEGV
softwareStop = sigSTOP
softwareTermination = sigTERM
keyboardStop = sigTSTP
backgroundRead = sigTTIN
backgroundWrite = sigTTOU
userDefinedSignal1 = sigUSR1
userDefinedSignal2 = sigUSR2
pollableEvent = sigPOLL
profilingTimerExpired = sigPROF
badSystemCall = sigSYS
breakpointTrap = sigTRAP
urgentDataAvailable = sigURG
virtualTimerExpired = sigVTALRM
cpuTimeLimitExceeded = sigXCPU
fileSizeLimitExceeded = sigXFSZ

data Handler
  = Default
  | Ignore
  | Catch (IO ())
  | CatchOnce (IO ())
  | CatchInfo (SignalInfo -> IO ())
  | CatchInfoOnce (SignalInfo -> IO ())

data SignalInfo = SignalInfo
  { siginfoSignal :: Signal
  , siginfoError :: Errno
  , siginfoSpecific :: SignalSpecificInfo
  }

data SignalSpecificInfo
  = NoSignalSpecificInfo
  | SigChldInfo
      { siginfoPid :: ProcessID
      , siginfoUid :: UserID
      , siginfoStatus :: ProcessStatus
      }

-- | The run's dispositions: the signals given a handler, latest first,
-- each with whether it was a Catch*Once that has fired (then the signal's
-- default action is back, though installHandler still answers the handler,
-- as GHC's does).
handlers :: IORef [(Signal, (Handler, Bool))]
handlers = unsafePerformIO (newIORef [])
{-# NOINLINE handlers #-}

-- | The handler the signal had (Default at first). KILL and STOP are
-- refused: GHC's runtime reports sigaction's failure on stderr and goes on.
installHandler :: Signal -> Handler -> Maybe SignalSet -> IO Handler
installHandler sig h _
  | sig == sigKILL || sig == sigSTOP =
      refuse "System.Posix.Signals.installHandler" "KILL and STOP cannot be caught or ignored"
  | otherwise =
  atomicModifyIORef handlers $ \hs ->
    ((sig, (h, False)) : filter ((/= sig) . fst) hs, maybe Default fst (lookup sig hs))

-- | Delivers sig to the program itself: its Catch handler runs in a new
-- thread; Ignore, and Default for a signal whose default is to be ignored
-- (CHLD, CONT, URG, WINCH), do nothing; a Default that would stop or end
-- the process is refused.
raiseSignal :: Signal -> IO ()
raiseSignal sig = do
  hs <- readIORef handlers
  let info = SignalInfo sig (Errno 0) NoSignalSpecificInfo
      fired h = atomicModifyIORef handlers (\l -> ((sig, (h, True)) : filter ((/= sig) . fst) l, ()))
  case lookup sig hs of
    Just (Catch act, _) -> forkIO act >> return ()
    Just (h@(CatchOnce act), False) -> fired h >> forkIO act >> return ()
    Just (CatchInfo f, _) -> forkIO (f info) >> return ()
    Just (h@(CatchInfoOnce f), False) -> fired h >> forkIO (f info) >> return ()
    Just (Ignore, _) -> return ()
    _
      | sig == 0 || sig `elem` [sigCHLD, sigCONT, sigURG, 28] -> return ()
      | otherwise ->
          refuse "System.Posix.Signals.raiseSignal"
            ("signal " ++ show sig ++ "'s default action would stop or end the process")

-- | kill(2): to the program's own process id as raiseSignal; another
-- process is refused.
signalProcess :: Signal -> ProcessID -> IO ()
signalProcess sig pid = do
  me <- c_getpid
  if pid == me
    then raiseSignal sig
    else refuse "System.Posix.Signals.signalProcess" "hs2stg signals only its own process"

newtype SignalSet = SignalSet (ForeignPtr CSigset)

-- | A sigset_t (128 bytes): signal n is bit n-1.
withBits :: (Word64 -> Word64) -> SignalSet
withBits f = unsafePerformIO $ do
  fp <- mallocForeignPtrBytes 128
  withForeignPtr fp $ \p -> do
    pokeElemOff (castWords p) 0 (f 0)
    mapM_ (\i -> pokeElemOff (castWords p) i (0 :: Word64)) [1 .. 15]
  return (SignalSet fp)
  where
    castWords = castPtrW

emptySignalSet :: SignalSet
emptySignalSet = withBits (const 0)

-- | glibc's sigfillset: every signal but the two its threads keep (32, 33).
fullSignalSet :: SignalSet
fullSignalSet = withBits (const (clearBit (clearBit maxBound 31) 32))

word :: SignalSet -> Word64
word (SignalSet fp) = unsafePerformIO (withForeignPtr fp (\p -> peekElemOff (castPtrW p) 0))

addSignal :: Signal -> SignalSet -> SignalSet
addSignal sig set = let w = word set in withBits (const (setBit w (fromIntegral sig - 1)))

deleteSignal :: Signal -> SignalSet -> SignalSet
deleteSignal sig set = let w = word set in withBits (const (clearBit w (fromIntegral sig - 1)))

inSignalSet :: Signal -> SignalSet -> Bool
inSignalSet sig set = testBit (word set) (fromIntegral sig - 1)

castPtrW :: Ptr a -> Ptr Word64
castPtrW = castPtr


-- -O1 worker (the mask dropped: masks are refused).
zz_zdwinstallHandler :: Signal -> Handler -> IO Handler
zz_zdwinstallHandler sig h = installHandler sig h Nothing
