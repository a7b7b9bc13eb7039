import Control.Exception
import Foreign.C.Error
import Foreign.C.Types
import GHC.IO.Exception
import System.IO.Error

code :: Errno -> CInt
code (Errno n) = n

main :: IO ()
main = do
  print (map code [eOK, e2BIG, eACCES, eADDRINUSE, eADDRNOTAVAIL, eADV, eAFNOSUPPORT, eAGAIN, eALREADY, eBADF, eBADMSG, eBADRPC, eBUSY, eCHILD, eCOMM, eCONNABORTED, eCONNREFUSED, eCONNRESET, eDEADLK, eDESTADDRREQ, eDIRTY, eDOM, eDQUOT, eEXIST, eFAULT, eFBIG, eFTYPE, eHOSTDOWN, eHOSTUNREACH, eIDRM, eILSEQ, eINPROGRESS, eINTR, eINVAL, eIO, eISCONN, eISDIR, eLOOP, eMFILE, eMLINK])
  print (map code [eMSGSIZE, eMULTIHOP, eNAMETOOLONG, eNETDOWN, eNETRESET, eNETUNREACH, eNFILE, eNOBUFS, eNODATA, eNODEV, eNOENT, eNOEXEC, eNOLCK, eNOLINK, eNOMEM, eNOMSG, eNONET, eNOPROTOOPT, eNOSPC, eNOSR, eNOSTR, eNOSYS, eNOTBLK, eNOTCONN, eNOTDIR, eNOTEMPTY, eNOTSOCK, eNOTSUP, eNOTTY, eNXIO, eOPNOTSUPP, ePERM, ePFNOSUPPORT, ePIPE, ePROCLIM, ePROCUNAVAIL, ePROGMISMATCH, ePROGUNAVAIL, ePROTO, ePROTONOSUPPORT])
  print (map code [ePROTOTYPE, eRANGE, eREMCHG, eREMOTE, eROFS, eRPCMISMATCH, eRREMOTE, eSHUTDOWN, eSOCKTNOSUPPORT, eSPIPE, eSRCH, eSRMNT, eSTALE, eTIME, eTIMEDOUT, eTOOMANYREFS, eTXTBSY, eUSERS, eWOULDBLOCK, eXDEV])
  print (map isValidErrno [eOK, eNOENT, eBADRPC, Errno (-1), Errno 12345])
  print (eNOENT == eNOENT, eNOENT == eACCES, eAGAIN == eWOULDBLOCK, eBADRPC == eBADRPC, eNOENT /= eIO, eDIRTY /= eDIRTY)
  print (Errno 2 == eNOENT, Errno (-1) == Errno (-1), Errno (-1) /= Errno 3)
  let errs = [eOK, ePERM, eNOENT, eINTR, eIO, eNOMEM, eACCES, eEXIST, eNOTDIR, eISDIR, eINVAL, eNOSPC, ePIPE, eAGAIN, eBUSY, eTIMEDOUT, eCONNREFUSED, eNOSYS, eNOTEMPTY, eXDEV, eBADRPC, Errno 134, Errno 9999, Errno 41]
  mapM_ (\e -> print (errnoToIOError "open" e Nothing (Just "/tmp/x"))) errs
  mapM_ (\e -> let io = errnoToIOError "loc" e Nothing Nothing in print (ioeGetErrorType io, ioe_errno io, ioe_description io, isDoesNotExistError io, isPermissionError io, isAlreadyExistsError io)) errs
  r <- try (ioError (errnoToIOError "myCall" eNOENT Nothing (Just "missing.txt")))
  case r of
    Left e -> putStrLn ("caught: " ++ show (e :: IOException) ++ " / " ++ show (isDoesNotExistError e))
    Right () -> putStrLn "no exception"
  ioError (errnoToIOError "final" eACCES Nothing Nothing)
