-- GHC.Stack.CCS, GHC.ExecutionStack(.Internal) and GHC.Profiling as a
-- non-profiled GHC binary without libdw has them: no cost-centre stacks
-- (null pointers, empty lists), no execution stack, profiling timer calls
-- that do nothing; the cost-centre readers peek at the RTS structs'
-- offsets (here fake structs of our own), the Location records are plain data.
import Foreign
import Foreign.C.String
import GHC.ExecutionStack
import GHC.ExecutionStack.Internal
import GHC.Profiling
import GHC.Stack (currentCallStack)
import GHC.Stack.CCS

main :: IO ()
main = do
  p <- getCurrentCCS ()
  print (p == nullPtr)
  q <- getCCSOf (Just 'x')
  print (q == nullPtr)
  getCCSOf (error "not forced" :: Int) >>= print . (== nullPtr)
  ccsToStrings p >>= print
  whoCreated [1 :: Int, 2] >>= print
  currentCallStack >>= print
  r <- clearCCS (return (6 * 7 :: Int))
  print r
  clearCCS (putStrLn "inside clearCCS")
  putStrLn (renderStack [])
  putStrLn (renderStack ["Main.main (x.hs:1:1-5)", "Main.f (x.hs:3:1-9)", "g"])
  -- fake CostCentreStack / CostCentre structs: the readers' offsets
  allocaBytes 64 $ \ccs -> allocaBytes 64 $ \cc -> withCString "lbl" $ \l ->
    withCString "Mod" $ \m -> withCString "x.hs:1:1" $ \sp -> do
      pokeByteOff ccs 8 cc
      pokeByteOff ccs 16 (nullPtr :: Ptr ())
      pokeByteOff cc 8 l
      pokeByteOff cc 16 m
      pokeByteOff cc 24 sp
      c <- ccsCC (castPtr ccs)
      print (c == castPtr cc)
      par <- ccsParent (castPtr ccs)
      print (par == nullPtr)
      ccLabel (castPtr cc) >>= peekCString >>= putStrLn
      ccModule (castPtr cc) >>= peekCString >>= putStrLn
      ccSrcSpan (castPtr cc) >>= peekCString >>= putStrLn
  -- execution stacks need libdw: none
  getStackTrace >>= print . fmap length
  showStackTrace >>= print
  collectStackTrace >>= print . fmap (const ())
  invalidateDebugCache
  let locs =
        [ Location "libfoo.so" "foo" (Just (SrcLoc "foo.c" 12 3)),
          Location "prog" "main" Nothing
        ]
  putStr (showStackFrames locs "")
  putStrLn (showStackFrames [] "end")
  print (map objectName locs, map functionName locs)
  print (map (fmap sourceFile . srcLoc) locs, map (fmap sourceLine . srcLoc) locs, map (fmap sourceColumn . srcLoc) locs)
  -- profiling timer: no profiler, nothing happens
  stopProfTimer
  startProfTimer
  putStrLn "done"
