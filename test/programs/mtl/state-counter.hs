import Control.Monad.State

counter :: State Int Int
counter = do
  modify (+1)
  x <- get
  put (x * 10)
  modify' (subtract 3)
  gets (* 2)

data Instr = Push Int | Pop | Add | Mul | Dup | Swap deriving Show

step :: Instr -> State [Int] ()
step (Push n) = modify (n:)
step Pop = modify tail
step Add = binop (+)
step Mul = binop (*)
step Dup = do
  xs <- get
  put (head xs : xs)
step Swap = state $ \s -> case s of
  (a:b:r) -> ((), b:a:r)
  _ -> ((), s)

binop :: (Int -> Int -> Int) -> State [Int] ()
binop f = do
  st <- get
  case st of
    (a:b:r) -> put (f b a : r)
    _ -> return ()

runMachine :: [Instr] -> [Int]
runMachine is = execState (mapM_ step is) []

labelTree :: [String] -> State Int [(Int, String)]
labelTree = mapM (\s -> do { n <- get; put (n + 1); return (n, s) })

main :: IO ()
main = do
  print (runState counter 4)
  print (evalState counter 0)
  print (execState counter 1)
  print (runMachine [Push 3, Push 4, Add, Dup, Mul, Push 2, Swap])
  print (evalState (labelTree ["a", "b", "c"]) 10)
  print (runState (withState (* 2) get) 21)
  print (runState (mapState (\(a, s) -> (show a, s + 1)) (gets (+ 1))) 5)
  print (evalState (replicateM 4 (state (\s -> (s, s * 3)))) 1)
  print (runState (forM [1 .. 5] (\i -> modify (+ i) >> get)) 0)
  print (runState (when True (put 7) >> unless False (modify (* 2))) 0)
  let fibs = evalState (mapM (\_ -> state (\(a, b) -> (a, (b, a + b)))) [1 .. 15 :: Int]) (0, 1 :: Integer)
  print fibs
  r <- runStateT (do { x <- get; lift (print x); put (x + 1); liftIO (putStrLn "io") ; return "done" }) 41
  print r
  n <- execStateT (mapM_ (\i -> modify (+ i)) [1 .. 100]) 0
  print n
  v <- evalStateT (gets length) "hello"
  print v
  print (evalState (fmap (+ 1) get <* modify (* 2)) 3)
  print (runState ((,) <$> get <*> (put 9 >> get)) 1)
