-- An exception hierarchy through custom toException/fromException.
{-# LANGUAGE ExistentialQuantification #-}
import Control.Exception
import Data.Typeable (cast)

data SomeCompilerException = forall e . Exception e => SomeCompilerException e

instance Show SomeCompilerException where
  show (SomeCompilerException e) = show e

instance Exception SomeCompilerException

compilerExceptionToException :: Exception e => e -> SomeException
compilerExceptionToException = toException . SomeCompilerException

compilerExceptionFromException :: Exception e => SomeException -> Maybe e
compilerExceptionFromException x = do
  SomeCompilerException a <- fromException x
  cast a

data SomeFrontendException = forall e . Exception e => SomeFrontendException e

instance Show SomeFrontendException where
  show (SomeFrontendException e) = show e

instance Exception SomeFrontendException where
  toException = compilerExceptionToException
  fromException = compilerExceptionFromException

frontendToException :: Exception e => e -> SomeException
frontendToException = toException . SomeFrontendException

frontendFromException :: Exception e => SomeException -> Maybe e
frontendFromException x = do
  SomeFrontendException a <- fromException x
  cast a

data MismatchedParentheses = MismatchedParentheses Int deriving Show

instance Exception MismatchedParentheses where
  toException = frontendToException
  fromException = frontendFromException
  displayException (MismatchedParentheses n) = "parens at " ++ show n

data TypeClash = TypeClash String String deriving Show

instance Exception TypeClash where
  toException = compilerExceptionToException
  fromException = compilerExceptionFromException

main :: IO ()
main = do
  throwIO (MismatchedParentheses 3) `catch` \e -> putStrLn ("specific: " ++ show (e :: MismatchedParentheses))
  throwIO (MismatchedParentheses 4) `catch` \e -> putStrLn ("frontend: " ++ show (e :: SomeFrontendException))
  throwIO (MismatchedParentheses 5) `catch` \e -> putStrLn ("compiler: " ++ show (e :: SomeCompilerException))
  throwIO (TypeClash "Int" "Bool") `catch` \e -> putStrLn ("compiler: " ++ show (e :: SomeCompilerException))
  r <- try (throwIO (TypeClash "a" "b"))
  case r of
    Left e -> putStrLn ("not frontend, escaped: " ++ show (e :: SomeFrontendException))
    Right () -> putStrLn "no"
   `catch` \e -> putStrLn ("outer: " ++ show (e :: TypeClash))
  r2 <- try (throwIO (MismatchedParentheses 9))
  case r2 of
    Left e -> putStrLn ("some: " ++ show (e :: SomeException) ++ " / " ++ displayException e)
    Right () -> putStrLn "no"
  print (fmap show (fromException (toException (MismatchedParentheses 1)) :: Maybe TypeClash))
  print (fmap show (fromException (toException (MismatchedParentheses 1)) :: Maybe MismatchedParentheses))
  putStrLn (displayException (MismatchedParentheses 2))
  throwIO (MismatchedParentheses 7)
