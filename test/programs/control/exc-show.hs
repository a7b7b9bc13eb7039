-- Show and displayException of base's exception types.
import Control.Exception

showAll :: (Exception e) => String -> [e] -> IO ()
showAll name es = do
  putStrLn ("-- " ++ name)
  mapM_ (\e -> do
           putStrLn (show e)
           putStrLn (displayException e)
           putStrLn (showsPrec 11 e "|")
           putStrLn (show (toException e))) es
  putStrLn (showList es "")

main :: IO ()
main = do
  showAll "ArithException" [Overflow, Underflow, LossOfPrecision, DivideByZero, Denormal, RatioZeroDenominator]
  showAll "ErrorCall" [ErrorCall "boom", ErrorCallWithLocation "msg" "loc line", ErrorCallWithLocation "m" ""]
  showAll "ArrayException" [IndexOutOfBounds "", IndexOutOfBounds "at 3", UndefinedElement "", UndefinedElement "x"]
  showAll "AssertionFailed" [AssertionFailed "assertion text"]
  showAll "PatternMatchFail" [PatternMatchFail "pm text"]
  showAll "RecSelError" [RecSelError "fld"]
  showAll "RecConError" [RecConError "con"]
  showAll "RecUpdError" [RecUpdError "upd"]
  showAll "NoMethodError" [NoMethodError "meth"]
  showAll "TypeError" [TypeError "type err"]
  showAll "NonTermination" [NonTermination]
  showAll "NestedAtomically" [NestedAtomically]
  showAll "BlockedIndefinitelyOnMVar" [BlockedIndefinitelyOnMVar]
  showAll "BlockedIndefinitelyOnSTM" [BlockedIndefinitelyOnSTM]
  showAll "Deadlock" [Deadlock]
  showAll "AllocationLimitExceeded" [AllocationLimitExceeded]
  showAll "AsyncException" [StackOverflow, HeapOverflow, ThreadKilled, UserInterrupt]
  showAll "SomeAsyncException" [SomeAsyncException ThreadKilled, SomeAsyncException UserInterrupt]
  showAll "SomeException" [toException DivideByZero, toException (ErrorCall "inner")]
  print (StackOverflow == StackOverflow, ThreadKilled == UserInterrupt, compare HeapOverflow StackOverflow)
  print (Overflow == Overflow, DivideByZero < Denormal, maximum [Overflow, Underflow, RatioZeroDenominator])
  print (ErrorCall "a" == ErrorCall "a", ErrorCall "a" < ErrorCall "b")
  print (IndexOutOfBounds "a" == IndexOutOfBounds "a", compare (IndexOutOfBounds "z") (UndefinedElement "a"))
