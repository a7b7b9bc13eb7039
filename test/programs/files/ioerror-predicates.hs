import System.IO
import System.IO.Error
import Control.Exception

preds :: IOError -> [Bool]
preds e = map ($ e) [isAlreadyExistsError, isDoesNotExistError, isAlreadyInUseError, isFullError, isEOFError, isIllegalOperation, isPermissionError, isUserError, isResourceVanishedError]

types :: [IOErrorType]
types = [alreadyExistsErrorType, doesNotExistErrorType, alreadyInUseErrorType, fullErrorType, eofErrorType, illegalOperationErrorType, permissionErrorType, userErrorType]

main :: IO ()
main = do
  print types
  print [ (a == b) | a <- take 3 types, b <- take 3 types ]
  print (map (\t -> map ($ t) [isAlreadyExistsErrorType, isDoesNotExistErrorType, isAlreadyInUseErrorType, isFullErrorType, isEOFErrorType, isIllegalOperationErrorType, isPermissionErrorType, isUserErrorType]) types)
  let u = userError "custom message"
  print u
  print (preds u, ioeGetErrorString u, ioeGetFileName u, fmap show (ioeGetHandle u), ioeGetLocation u)
  mapM_ (\t -> do
    let e = mkIOError t "myLocation" Nothing (Just "some/file.txt")
    print e
    print (preds e, ioeGetErrorString e, ioeGetFileName e, ioeGetLocation e)) types
  let eh = mkIOError eofErrorType "reader" (Just stdin) Nothing
  print eh
  print (fmap show (ioeGetHandle eh), ioeGetErrorString eh)
  let e0 = mkIOError doesNotExistErrorType "" Nothing Nothing
  print e0
  r <- try (ioError (userError "thrown")) :: IO (Either IOException ())
  print r
  r2 <- try (throwIO (mkIOError fullErrorType "disk" Nothing (Just "x"))) :: IO (Either IOException ())
  print r2
  ioError (mkIOError illegalOperationErrorType "final" Nothing (Just "f.txt")) `catch` \e -> putStrLn ("caught: " ++ show (e :: SomeException))
  hFlush stdout
  ioError (userError "uncaught at the end")
