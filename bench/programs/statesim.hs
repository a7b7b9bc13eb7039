-- A bank-queue simulation in the State monad (Control.Monad.State):
-- customers arrive by a pseudo-random generator, tellers serve them.
import Control.Monad.State

data Sim = Sim {seed :: !Int, clock :: !Int, queue :: [Int], served :: !Int, waited :: !Int}

rand :: Int -> State Sim Int
rand k = do
  s <- get
  let x = (seed s * 1103515245 + 12345) `mod` 2147483648
  put s {seed = x}
  return (x `div` 65536 `mod` k)

tick :: State Sim ()
tick = do
  arrivals <- rand 3
  modify $ \s -> s {clock = clock s + 1, queue = queue s ++ replicate arrivals (clock s)}
  tellers <- rand 3
  replicateM_ tellers serve

serve :: State Sim ()
serve = do
  s <- get
  case queue s of
    [] -> return ()
    (t : rest) -> put s {queue = rest, served = served s + 1, waited = waited s + clock s - t}

main :: IO ()
main = do
  let end = execState (replicateM_ 25000 tick) (Sim 1 0 [] 0 0)
  print (clock end, served end, waited end, length (queue end))
