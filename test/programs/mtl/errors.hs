import Control.Monad.State
import Control.Exception
import qualified Control.Monad.State.Strict as S

bad :: State Int Int
bad = do
  modify (+ 1)
  error "state exploded"

main :: IO ()
main = do
  print (execState (return (error "unused") >> put 3) 0)
  print (fst (runState (put undefined >> return 'a') 0))
  r <- try (evaluate (evalState bad 0)) :: IO (Either ErrorCall Int)
  print r
  r2 <- try (evaluate (S.execState (S.put undefined >> S.put 2) (0 :: Int)))
  print (r2 :: Either ErrorCall Int)
  r3 <- try (evaluate (S.evalState (S.modify' (const undefined) >> return 'x') (0 :: Int)))
  print (r3 :: Either ErrorCall Char)
  r4 <- try (evalStateT (do { modify (+ 1); lift (ioError (userError "io failed")); return () }) 0)
  print (r4 :: Either IOException ())
  r5 <- try (evalStateT (fail "pattern failed") 'c') :: IO (Either IOException ())
  print r5
  print (runStateT (do { x <- lift [1, 2, 3]; when (x == 2) (fail "no two"); modify (+ x); return x }) 10)
  print (evalStateT (do { Just x <- return Nothing; return (x :: Int) }) () :: Maybe Int)
  print (evalState (gets head) ([] :: [Int]))
